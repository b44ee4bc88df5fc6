# big ints: arithmetic, conversions, comparisons, negative numbers, str/repr
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, b // 12345, b % 12345, -a // 7, -a % 7)
print(a == 1267650600228229401496703205376, a > b, -a < -b)
print(divmod(b, a), divmod(-b, a))
print(a >> 50, a << 10, -a >> 99, b & 0xFFFF, b | 1, b ^ a)
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(int(str(b)) == b, len(str(2 ** 1000)))
print(pow(2, 200, 10 ** 9 + 7), pow(b, 3, a), pow(3, -1, 7))
f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), f // (2 ** 20))
print(-(2 ** 64), (2 ** 64) - 1, -(2 ** 63) - 1)
print(float(2 ** 80), int(1e20), int(-1.5e19))
print(abs(-b) == b, (-b) ** 2 == b * b, 10 ** 30 // 10 ** 29)
print(a.to_bytes(13, "big"), int.from_bytes(b"\x01\x00", "little"), (255).to_bytes(2, "little"))
