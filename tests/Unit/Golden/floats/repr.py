# float repr: shortest round-trip repr of many values
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 1 / 3, 2 / 3,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100, 0.000123, 12345678901234567.0,
        3.141592653589793, 1.1, 2.675, 9.995, 1e-7, 0.30000000000000004, 4.35, 1234.5e-10]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("nan"), -float("nan"))
print(float(" 1.5 "), float("1_000.5"), float("-.5"), float("+1E3"), float("inf"), float("-Infinity"))
print(float(10), float(2 ** 60), float("0x10" if False else "16"), float(True))
print(1.0 == 1, 0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
