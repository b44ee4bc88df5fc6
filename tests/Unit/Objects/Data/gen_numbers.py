# Regenerates the CPython oracle tables used by tests/Unit/Objects/Numbers and Formatting:
#   python3 gen_numbers.py   (run in this folder with CPython 3.11)
import random, struct, math

def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]

random.seed(1234)
vals = []
for _ in range(1500):
    vals.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
for _ in range(1500):
    vals.append(random.uniform(-1, 1) * 10 ** random.randint(-30, 30))
for _ in range(500):
    vals.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
for _ in range(1500):
    vals.append(random.uniform(1, 10) * 10 ** random.choice([-6, -5, -4, -3, 13, 14, 15, 16, 17]) * random.choice([1, -1]))
for _ in range(300):
    vals.append(float(random.randint(1, 10**18)))
vals += [2.0 ** e for e in range(-1074, 1024)] + [-(2.0 ** e) for e in range(-1074, 1024, 7)]
vals += [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789012345.0, 1.2345678901234568e+16,
         5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
         9007199254740993.0, 0.3, 2.675, 1e22, 1e23, 100.0, 1234.5]
with open('float_repr.txt', 'w') as f:
    for v in vals:
        f.write('%016x %s\n' % (bits(v), repr(v)))

def q(s): return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

fvals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.5, 1234.5, 1234567.891, 1e16, 1e-7, 123456789.0, 5e-324, 1e300,
         float('inf'), float('-inf'), float('nan'), 0.0001, 9.995, 99.5, -0.0001, 3.14159265358979, 1e100, 12345678.9]
ivals = [0, 1, -1, 7, -42, 255, 65, 1234, -1234, 1234567, 2**63, -2**63, 2**70 + 12345, 10**20]
cvals = [1+2j, -1.5-0.25j, 1j, -1j, complex(-0.0, -0.0), complex(0, -0.0), 1e16+1j, complex(float('nan'), float('inf')), 3.14159+2.71828j]
svals = ['', 'a', 'abc', 'hello world']
specs = ['', '10', '<10', '>10', '^10', '*^11', '=+10', '+', '-', ' ', '#', '0', '010', '08,', '07,', '_', ',', '.0',
         '.1', '.3', '.10', '.17', 'e', 'E', '.2e', '#.0e', 'f', 'F', '.2f', '.0f', '#.0f', ',.2f', '_.3f', 'g', 'G',
         '.3g', '#.3g', '#g', '.0g', '%', '.1%', 'n', 'z.1f', 'z', '+.3', ' .3e', '020.5f', '-^+15.3e', '0=12', 'x<8',
         'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '_b', '_x', '#010x', 'c', ',d', '_d', '09_', 's', '.2s',
         '>5.1', '10.2d', '.', 'xx', ',x', ',_', '+c', '=', 'zd', ',s', '#s']
with open('format_cases.txt', 'w') as f:
    def emit(kind, lit, v, spec):
        try:
            r = 'OK:' + q(format(v, spec))
        except Exception as e:
            r = 'ERR:%s:%s' % (type(e).__name__, q(str(e)))
        f.write('%s\t%s\t%s\t%s\n' % (kind, lit, q(spec), r))
    for v in ivals:
        for s in specs: emit('i', str(v), v, s)
    for v in fvals:
        for s in specs: emit('f', '%016x' % bits(v), v, s)
    for v in cvals:
        for s in specs: emit('c', '%016x,%016x' % (bits(v.real), bits(v.imag)), v, s)
    for v in svals:
        for s in specs: emit('s', q(v), v, s)
