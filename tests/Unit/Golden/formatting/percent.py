# %-formatting: conversions, flags, width/precision, dict-based, tuples, errors
print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u %5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %e %E %f %g %G" % (255, 255, 255, 8, 8, 1234.5, 0.00012, 1.5, 1e-10, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3s" % (3.14159, 2.71828, 1.5, 2.5, "abcdef"))
print("%c%c %%" % (65, "B"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%5s|%-5s|" % ("ab", "cd"))
print("%d" % 3.99, "%s" % None, "%r" % 1.0)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s %d" % (b"x", 5))
