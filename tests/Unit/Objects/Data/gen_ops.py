# Regenerates ops_cases.txt (CPython 3.11 oracle for numeric operators, conversions and round):
#   python3 gen_ops.py   (in this folder)
import struct, operator, math

def bits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def enc(v):
    if isinstance(v, bool): return 'b:' + str(v)
    if isinstance(v, int): return 'i:' + str(v)
    if isinstance(v, float): return 'f:' + bits(v)
    if isinstance(v, complex): return 'c:' + bits(v.real) + ',' + bits(v.imag)
    if isinstance(v, str): return 's:' + v.encode('unicode_escape').decode('ascii').replace('\t', '\\t')
    if v is None: return 'n:'
    raise TypeError(v)
def q(s): return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')
def outcome(f):
    try:
        r = f()
        repr(r)
    except Exception as e: return 'ERR:%s:%s' % (type(e).__name__, q(str(e)))
    return 'OK:%s:%s' % (type(r).__name__, q(repr(r)))

ints = [0, 1, -1, 2, -7, 3, 255, 2**31, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**100) + 17, 10**30, 64, 100]
bools = [True, False]
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, -1e-300, 7.0, float('inf'), float('-inf'), float('nan'), 2.0**53, 3.5]
cplx = [0j, 1+2j, -1.5-0.5j, 2j, complex(-0.0, 1), complex(float('inf'), 1)]
vals = ints + bools + floats + cplx
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv), ('//', operator.floordiv),
       ('%', operator.mod), ('**', operator.pow), ('<<', operator.lshift), ('>>', operator.rshift), ('&', operator.and_),
       ('|', operator.or_), ('^', operator.xor), ('<', operator.lt), ('<=', operator.le), ('==', operator.eq),
       ('!=', operator.ne), ('>', operator.gt), ('>=', operator.ge), ('divmod', divmod)]
with open('ops_cases.txt', 'w') as f:
    def w(op, a, b, r): f.write('%s\t%s\t%s\t%s\n' % (op, a, b, r))
    for a in vals:
        for b in vals:
            for name, fn in ops:
                if name == '**' and isinstance(a, int) and isinstance(b, int) and b > 64: continue
                if name == '<<' and isinstance(b, int) and b > 1000: continue
                w(name, enc(a), enc(b), outcome(lambda: fn(a, b)))
    for a in vals:
        for name, fn in [('neg', operator.neg), ('pos', operator.pos), ('abs', abs), ('invert', operator.invert),
                         ('hash', hash), ('bool', bool), ('repr', repr), ('str', str), ('int', int), ('float', float),
                         ('round', round), ('trunc', math.trunc)]:
            if name == 'hash' and isinstance(a, float) and math.isnan(a): continue
            if name == 'hash' and isinstance(a, complex) and (math.isnan(a.real) or math.isnan(a.imag)): continue
            w(name, enc(a), '', outcome(lambda: fn(a)))
    for a in ints + floats:
        for n in [0, 1, 2, 3, -1, -2, -3, 10, -400, 400]:
            w('round2', enc(a), enc(n), outcome(lambda: round(a, n)))
    for x in [1.5, 2.5, -2.5, 0.5, 2.675, 1.005, 123.456, 0.125, 1e-9, 5e-324, 1.7976931348623157e308, -0.4999999999999999]:
        for n in [None, 0, 1, 2, 3, 5, -1, -2]:
            w('round2', enc(x), enc(n), outcome(lambda: round(x, n)))
    for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (5, 3, 0), (-3, 5, 7), (2, 5, -7), (10**20, 10**20, 10**9 + 7), (4, 0, 1), (3, 2, 1.0), (3.0, 2, 5)]:
        w('pow3', enc(a), enc(b) + ';' + enc(m), outcome(lambda: pow(a, b, m)))
    strs = ['0', '12', ' -12 ', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '010', '00', '0_0', 'x',
            '', ' ', '12.5', '1e5', 'inf', '-Infinity', 'nan', '-nan', '1_0.5', '.5', '5.', '.', '1e', '1e+', '1.5e-3', '١٢', '\u00a012\u2003',
            '1+2j', '(1+2j)', ' ( -1.5-0.5j ) ', '2j', '-j', 'j', '+j', '1e3j', 'inf+nanj', '1+', '1+2', '(1+2j', '1 + 2j', 'nanj', '1_0j',
            '9' * 30, '0x' + 'f' * 20, '1' * 4301, '0x' + '1' * 5000]
    for s in strs:
        w('int', enc(s), '', outcome(lambda: int(s)))
        w('float', enc(s), '', outcome(lambda: float(s)))
        w('complex', enc(s), '', outcome(lambda: complex(s)))
        for base in [0, 2, 8, 16, 36]:
            w('intbase', enc(s), enc(base), outcome(lambda: int(s, base)))
