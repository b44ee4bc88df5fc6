# int() conversions: from strings in bases, floats, bools, errors, int methods
print(int(), int(3.99), int(-3.99), int(True), int("  -7  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0o17", 0), int("0b11", 0), int("17", 8))
print(int("zz", 36), int("10", 2), int("1_0", 0), int("0", 0))
for bad in ["", "1.5", "abc", "0x", "1__0", "08"]:
    try:
        int(bad, 0 if bad == "08" else 10)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print((10).real, (10).imag, (10).numerator, (10).denominator, (7).conjugate())
print((-5).__abs__(), (6).as_integer_ratio(), int.__name__)
print(int(1e18), int(2.5e-3), int(-0.9))
