# int methods and conversions: to_bytes/from_bytes signed, as_integer_ratio, __index__, bool arithmetic
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((42).__index__(), [10, 20, 30][True], "abc"[False], list(range(5))[-True])
print(int.__add__(3, 4), (7).__mul__(6), (7).__floordiv__(2), (7).__pow__(2), (-7).__abs__(), (5).__neg__())
print((3).__eq__(3.0), (3).__lt__(2), (3).__add__(1.5), (3).__truediv__(2))
print(7 .bit_length(), (-7).bit_length(), (10 ** 18).bit_length(), hex(2 ** 32 - 1))
print(int("1" * 50) % 97, int("9" * 40) // int("3" * 20), -int("12345678901234567890") % 7)
print(123 ** 4 % 1000, (2 ** 127 - 1) % 1000000007, 3 ** 200 // 3 ** 198)
print(10 // 3, 10 % 3, -10 // 3, -10 % 3, 10 // -3, 10 % -3, 2 ** 100 % -3, -(2 ** 100) // 7)
