# float() parsing and str(): special strings, underscores, errors; float <-> int round trips
for s in ["3.14", " -2.5e-3 ", "1_000.000_1", "inf", "-INF", "nan", "NaN", "+0.0", "-0", "1e309", "1E-400", ".5e1", "5."]:
    print(repr(s), "->", float(s))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1_", "_1", "inf inity"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(2 ** 53), float(2 ** 53 + 1), int(float(2 ** 53 + 1)), float(10 ** 22) == 1e22)
print(int(1e23), int(123.999), int(-0.5), float(-(2 ** 63)), float(True) + float(False))
print(str(1e-6), str(1e-4), str(123456789.0), str(1234567890123456789.0), str(0.1 + 0.2))
print(1.5 == 3 / 2, 0.1 + 0.1 + 0.1 == 0.3, 1e308 * 10 == float("inf"), -1e308 * 10)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(float("  12  "), float(b"3.5"), float(bytearray(b"-1")))
