# getrandbits draws 32-bit words low word first; widths across word boundaries.
import random
r = random.Random(2024)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 100, 128, 1000]:
    v = r.getrandbits(k)
    print(k, v, v.bit_length() <= k)
print(r.randbytes(0), r.randbytes(1), r.randbytes(5), r.randbytes(9).hex())
for bad in [-1, 2**40]:
    try:
        r.getrandbits(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    r.getrandbits(1.0)
except TypeError as e:
    print("TypeError", e)
