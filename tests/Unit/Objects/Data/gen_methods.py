# Regenerates methods_cases.jsonl: methods and attributes of int/bool/float/complex in CPython 3.11:
#   python3 gen_methods.py
import json
from gen_strformat import enc

def outcome(f):
    try: r = f()
    except Exception as e: return 'ERR:%s:%s' % (type(e).__name__, e)
    return 'OK:%s:%s' % (type(r).__name__, repr(r))

inf, nan = float('inf'), float('nan')
calls = []
for v in [0, 1, -1, 255, -255, 2**64, -(2**70) + 5, True, False]:
    for m, a in [('bit_length', ()), ('bit_count', ()), ('conjugate', ()), ('as_integer_ratio', ()), ('__index__', ()),
                 ('__int__', ()), ('__float__', ()), ('__trunc__', ()), ('__floor__', ()), ('__ceil__', ()), ('__round__', ()),
                 ('__round__', (-1,)), ('__neg__', ()), ('__abs__', ()), ('__invert__', ()), ('__bool__', ()), ('__add__', (1,)),
                 ('__radd__', (1,)), ('__sub__', (1.5,)), ('__rsub__', (10,)), ('__pow__', (2,)), ('__pow__', (3, 5)),
                 ('__rpow__', (2,) if not (isinstance(v, int) and v > 1000) else (1,)), ('__divmod__', (7,)), ('__rdivmod__', (7,)), ('__lt__', (1,)), ('__eq__', (1.0,)),
                 ('__eq__', ('1',)), ('__and__', (True,)), ('__xor__', (True,)), ('__format__', ('x',)), ('__repr__', ()),
                 ('to_bytes', ()), ('to_bytes', (2, 'little')), ('to_bytes', (9, 'big')), ('to_bytes', (16, 'little')),
                 ('__hash__', ()), ('__truediv__', (0,)), ('__add__', ('x',)), ('__mul__', ([1],))]:
        calls.append((v, m, a, {}))
    for attr in ['real', 'imag', 'numerator', 'denominator']:
        calls.append((v, attr, None, {}))
calls += [(-1, 'to_bytes', (2, 'big'), {'signed': True}), (-129, 'to_bytes', (1, 'big'), {'signed': True}),
          (128, 'to_bytes', (1, 'big'), {'signed': True}), (-1, 'to_bytes', (2, 'big'), {}), (5, 'to_bytes', (2, 'middle'), {}),
          (5, 'to_bytes', (-1, 'big'), {}), (0, 'to_bytes', (0, 'big'), {}), (1, 'to_bytes', (0, 'big'), {}),
          (int, 'from_bytes', (b'\x01\x02', 'big'), {}), (int, 'from_bytes', (b'\x01\x02', 'little'), {}),
          (int, 'from_bytes', (b'\xff\xfe', 'big'), {'signed': True}), (int, 'from_bytes', (b'', 'big'), {}),
          (int, 'from_bytes', ([1, 2, 3],), {}), (int, 'from_bytes', ([256],), {}), (True, 'from_bytes', (b'\x05',), {}),
          (float, 'fromhex', ('0x1.8p1',), {}), (float, 'fromhex', (' -0X1P-1074 ',), {}), (float, 'fromhex', ('0x1p1024',), {}),
          (float, 'fromhex', ('inf',), {}), (float, 'fromhex', ('1.0',), {}), (float, 'fromhex', ('0x.8',), {}), (float, 'fromhex', ('zz',), {}),
          (float, 'fromhex', ('0x1.fffffffffffff8p1023',), {}), (float, 'fromhex', ('0x1.00000000000008p0',), {}), (float, 'fromhex', ('0x1.00000000000018p0',), {})]
for v in [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 5e-324, inf, -inf, nan, 3.0, -7.25]:
    for m, a in [('is_integer', ()), ('as_integer_ratio', ()), ('hex', ()), ('conjugate', ()), ('__trunc__', ()), ('__floor__', ()),
                 ('__ceil__', ()), ('__round__', ()), ('__round__', (1,)), ('__int__', ()), ('__float__', ()), ('__divmod__', (2,)),
                 ('__rdivmod__', (2,)), ('__mod__', (-2,)), ('__rfloordiv__', (7,)), ('__pow__', (0.5,)), ('__rpow__', (2,)),
                 ('__format__', ('.2f',)), ('__neg__', ()), ('__abs__', ()), ('__bool__', ()), ('__lt__', (2,)), ('__eq__', (3,)),
                 ('__pow__', (2, 3)), ('__getnewargs__', ())]:
        calls.append((v, m, a, {}))
    for attr in ['real', 'imag']:
        calls.append((v, attr, None, {}))
for v in [1+2j, -1.5j, complex(0, 0), complex(inf, -1)]:
    for m, a in [('conjugate', ()), ('__abs__', ()), ('__neg__', ()), ('__pos__', ()), ('__bool__', ()), ('__add__', (1,)),
                 ('__rtruediv__', (1,)), ('__pow__', (2,)), ('__eq__', (1+2j,)), ('__lt__', (1j,)), ('__format__', ('^12',)),
                 ('__complex__', ()), ('__hash__', ()), ('__floordiv__', (1,)), ('__float__', ()), ('__int__', ())]:
        calls.append((v, m, a, {}))
    for attr in ['real', 'imag']:
        calls.append((v, attr, None, {}))

with open('methods_cases.jsonl', 'w') as out:
    for v, m, a, kw in calls:
        if a is None:
            exp = outcome(lambda: getattr(v, m))
        else:
            exp = outcome(lambda: getattr(v, m)(*a, **kw))
        recv = {'type': v.__name__} if isinstance(v, type) else enc(v)
        out.write(json.dumps({'v': recv, 'm': m, 'args': None if a is None else enc(tuple(a)), 'kw': enc(kw), 'exp': exp}) + '\n')
