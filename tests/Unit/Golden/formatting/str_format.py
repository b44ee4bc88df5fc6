# str.format: positional, keyword, indexing, attribute, conversions, nested specs
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b}".format(a=1, b=2))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:>8} {:<8}| {:^8} {:08.3f}".format("r", "l", "c", 3.14159))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{}} {{{}}}".format(5))
print("{:,} {:x} {:b} {:%}".format(10**6, 255, 5, 0.25))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{0!z}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{:-^20}".format(" centered "))
print("{0:>{1}}".format("x", 4))
