# float rounding: round() banker's rounding, ndigits, int(), math-free floor/ceil via //
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.49))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(125, -1))
print(round(135, -1), round(145, -1), round(-135, -1), round(12345, -2), round(7, 0), round(7.0, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e300, 2), round(1.23456789e-5, 8), round(-0.0), round(0.4999999999999999))
print(int(2.9), int(-2.9), int(1e10), 7.9 // 1, -7.9 // 1)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(round(5.5), round(6.5), round(-2.5), round(2.5000001))
