# int arithmetic: + - * / // % ** with signs, floor division and modulo semantics
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** 2)
print(10 ** 20, 7 ** 77)
print(-7 // 1, 7 // -1, -(-7 // 2))
for op in ["1 // 0", "1 % 0", "1 / 0", "divmod(1, 0)", "0 ** -1"]:
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, "->", e)
print(abs(-5), abs(0), -(-3), +7)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int(" 12 "), int("z", 36), int("1_000"))
print(True + 1, 3 * False)
