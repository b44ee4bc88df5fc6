# int bit operations: & | ^ ~ << >> on positive and negative numbers, bit_length, bit_count
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 64, 1 << 0, -1 << 10, -1 >> 100, 5 >> 10)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count(), (0).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, ~True, ~False)
print(0xFF & ~0x0F, 0b1010 ^ 0b0110, (1 << 100) - 1 & 0xFF)
