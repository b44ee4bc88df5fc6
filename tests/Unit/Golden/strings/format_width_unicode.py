# string methods with numbers and alignment on unicode text; str.format and f-string of lists
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>4}|{price:>8.2f}|{qty * price:>8.3f}")
print("{:=^30}".format(" total "))
print(f"{sum([q * p for _, q, p in rows]):>30.2f}")
print("[" + "é".center(5) + "]", "[" + "日本".ljust(4, ".") + "]", "[" + "x".rjust(3, "é") + "]")
print(f"{'é':*^7}", f"{[1, 2]!s:>10}", f"{(1, 'a')!r:<12}|")
print("%-6s|%6s|" % ("ab", "cd"), "%06.2f" % 3.14159, "%+.1e" % 12345.678)
print("{0:b} {0:o} {0:x} {0:#X}".format(2023))
print(f"{1234567.891:,.2f} {0.000012345:.3e} {12.0:g} {0.1 + 0.2:.17f}")
