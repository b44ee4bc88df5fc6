# %-formatting edge cases: mapping with repeated keys, %% only, width from tuple, floats precision
print("100%%" % (), "%s%%" % 50, "%5.1f%%" % 99.44)
print("%(a)s %(a)r %(b)05.1f" % {"a": "x", "b": 2.25})
print("%x|%X|%o|%#o|%#x" % (-255, 3054, -8, 0, 0))
print("%10.4s|%-10s|%.0s|" % ("abcdefg", "left", "gone"))
print("%e|%.0e|%g|%g|%g|%G" % (0.0, 12345, 100000, 1000000, 0.0001, 0.00001))
print("%.3g|%.10g|%#g|%g" % (3.14159, 1 / 3, 2.0, 1e100))
print("%c" % 0x1F600 == "😀", "%c" % "x", "%r" % "é", "%a" % "é")
print("%s %s" % ([1, 2], (3,)), "%s" % {"k": 1}, "%d%%" % 5)
print("%i %d" % (True, -0.9), "%f" % 1e20, "%.2f" % float("inf"), "%f" % float("nan"))
for fmt, arg in [("%c", 1114112), ("%c", "ab"), ("%(k)s", (1,)), ("%(k)s", {}), ("%*s", ("a", "b"))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
