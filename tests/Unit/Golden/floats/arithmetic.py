# float arithmetic: division, floor division, modulo signs, power, mixed int/float, errors
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e308, 10)]:
    print(a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 10, 2 ** 0.5, (-8) ** (1 / 3) if False else "skip", 4 ** -0.5, 10.0 ** -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 + 0.7)
print(3 / 2, 3 // 2.0, -3 // 2.0, 3 % -2.0, -0.0 % 5, 0.0 % -5)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 ** -1", "divmod(1.0, 0.0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError raised")
print((-8.0) ** 0.5)
print(abs(-2.5), -(-0.0), abs(-0.0), 1e308 + 1e308)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), (3.0).is_integer(), (3.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
