# Regenerates math_cases.jsonl: CPython 3.11's math module results:  python3 gen_math.py
import json, math, struct
from gen_strformat import enc

def outcome(f):
    try: r = f()
    except Exception as e: return 'ERR:%s:%s' % (type(e).__name__, e)
    return 'OK:%s:%s' % (type(r).__name__, repr(r))

inf, nan = float('inf'), float('nan')
reals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 1e-300, 1e300, 700.0, 710.0, -745.5, inf, -inf, nan, 7, -7, 0, 10**400, 2**53 + 1, 0.1, 1e-10, 100.25]
unary = ['sqrt', 'exp', 'expm1', 'cbrt', 'exp2', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh',
         'acosh', 'atanh', 'fabs', 'erf', 'erfc', 'log1p', 'gamma', 'lgamma', 'degrees', 'radians', 'log', 'log2', 'log10',
         'floor', 'ceil', 'trunc', 'modf', 'frexp', 'isnan', 'isinf', 'isfinite', 'ulp']
binary = ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'log', 'nextafter', 'hypot', 'ldexp']
pairs = [(2.0, 3.0), (-8.0, 1/3), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (inf, 0.0), (nan, 0.0), (1.0, nan), (-1.0, inf),
         (0.5, -inf), (5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (1.0, 0.0), (inf, 2.0), (3.0, inf), (2**1000, 2), (7, 3), (-7, 3),
         (1e308, 10.0), (0.0, 0.0), (1.0, 1.0), (8.0, 2.0), (1e-320, 1e-320), (3, -1075), (1.5, 1024)]
cases = []
for f in unary:
    for x in reals:
        cases.append((f, (x,)))
    cases.append((f, ('x',)))
for f in binary:
    for a, b in pairs:
        cases.append((f, (a, b)))
cases += [('ldexp', (1.0, 1.5)), ('hypot', ()), ('hypot', (3, 4, 12)), ('hypot', (inf, nan)), ('hypot', (nan, 1)), ('hypot', (1e300, 1e300, 1e300)),
          ('hypot', (1e-320, 1e-320, 1e-320)), ('dist', ((1, 2), (4, 6))), ('dist', ((1,), (1, 2))), ('dist', ((0.1, 0.2, 0.3), (1.5, -2.5, 3.25))),
          ('gcd', ()), ('gcd', (12, 18)), ('gcd', (-12, 18, 30)), ('gcd', (2**100, 2**70 * 3)), ('gcd', (1.5,)), ('gcd', (0, 0)),
          ('lcm', ()), ('lcm', (4, 6, 10)), ('lcm', (0, 5)), ('lcm', (-4, 6)), ('lcm', (2**65, 3)),
          ('isqrt', (0,)), ('isqrt', (15,)), ('isqrt', (16,)), ('isqrt', (10**30,)), ('isqrt', (10**41 - 1,)), ('isqrt', (-1,)), ('isqrt', (2.0,)),
          ('factorial', (0,)), ('factorial', (5,)), ('factorial', (30,)), ('factorial', (100,)), ('factorial', (-1,)), ('factorial', (5.0,)), ('factorial', (2**70,)),
          ('comb', (5, 2)), ('comb', (10**3, 3)), ('comb', (5, 6)), ('comb', (-1, 2)), ('comb', (5, -1)), ('comb', (60, 30)), ('comb', (5.0, 2)),
          ('perm', (5,)), ('perm', (5, 2)), ('perm', (5, 6)), ('perm', (5, None)), ('perm', (-5, 1)), ('perm', (20, 10)),
          ('fsum', ([0.1] * 10,)), ('fsum', ([1, 1e100, 1, -1e100] * 100,)), ('fsum', ([1e308, 1e308],)), ('fsum', ([inf, -inf],)),
          ('fsum', ([inf, 1.0],)), ('fsum', ([nan, 1.0],)), ('fsum', ([],)), ('fsum', ([1e-16, 1.0, 1e-16],)), ('fsum', ([0.3, 0.6, -0.9],)),
          ('fsum', ([2**53, 1.0, -2.0**53],)), ('fsum', (['a'],)), ('fsum', ([1.7976931348623157e308, 1.7976931348623157e308, -1.7976931348623157e308],)),
          ('prod', ([1, 2, 3, 4],)), ('prod', ([],)), ('prod', ([1.5, 2],)), ('prod', ([2**40, 2**40, 2**40],)),
          ('isclose', (1.0, 1.0 + 1e-10)), ('isclose', (1.0, 1.1)), ('isclose', (inf, inf)), ('isclose', (nan, nan)), ('isclose', (0.0, 1e-10)),
          ('log', (10**1000,)), ('log', (2**2000, 2)), ('log', (1, 1)), ('log', (0,)), ('log', (-1,)), ('log', (8, 0.5)), ('log2', (2**1100,)),
          ('log10', (10**400,)), ('log', (10**400, 10)), ('floor', (2**70,)), ('ceil', (-2**70,)), ('floor', (True,)), ('trunc', (-2.5,)),
          ('floor', (1e300,)), ('copysign', (1, -0.0)), ('atan2', (0.0, -0.0)), ('atan2', (-0.0, -0.0)), ('pow', (-2.0, 3)), ('pow', (-2.0, 0.5)),
          ('pow', (0.0, 0.0)), ('pow', (nan, 0)), ('pow', (1, nan)), ('pow', (-1, inf)), ('pow', (2, -1075)), ('modf', (-1.5,)), ('frexp', (5e-324,)),
          ('gamma', (0.5,)), ('gamma', (171.0,)), ('gamma', (172.0,)), ('gamma', (-1.5,)), ('gamma', (1e-310,)), ('lgamma', (-1.5,)), ('lgamma', (1e308,)),
          ('erf', (0.5,)), ('erfc', (10,)), ('expm1', (1e-10,)), ('log1p', (-1,)), ('log1p', (1e-10,))]
with open('math_cases.jsonl', 'w') as out:
    for f, args in cases:
        fn = getattr(math, f)
        out.write(json.dumps({'f': f, 'args': enc(tuple(args)), 'exp': outcome(lambda: fn(*args))}) + '\n')
