# format() builtin and __format__ of builtin types with various specs
print(format(3.14159, ".3f"), format(42, "08b"), format(255, "#X"), format("s", ">4"))
print(format(1234.5678, ","), format(1234.5678, ",.1f"), format(1e100, ".3g"))
print(format(0.1), format(1/3), format(2/3, ".15g"), format(100.0, "g"))
print(format(123, ""), format(True), format(None), format([1, 2]))
print(format(-5, "+"), format(5, "+"), format(5, " "), format(-5, " "))
print(format(12345678901234567890, ","), format(-0.0), format(float("inf"), "f"), format(float("nan"), "+"))
print(format(1.5, "10.2e"), format(0.000123456, ".2g"), format(123456789, ".2e"))
print(format(3+4j), format(3+4j, ".2f"), format(1j, ">10"))
print(format(10, "c"), format(0x1F600, "c") == "😀")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16), format(1e15), format(123456789012345678.0), format(1e-5), format(0.0001))
for spec in ["q", ".2d", "=s"]:
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError:", e)
