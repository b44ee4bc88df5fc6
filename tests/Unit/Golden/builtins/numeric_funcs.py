# divmod, pow (2 and 3 args), round, hex, oct, bin, int/float/complex conversions
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, -1, 11), pow(7, 0, 1))
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: divmod(1, 0)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), oct(2 ** 40), bin(2 ** 20 - 1))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(3.14159, 3), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(int("  0b101  ", 0), float("  -3.5e2 "), complex("  2-3j  "), int(-0.0), float(-0))
print(int.__name__, float.__name__, complex.__name__)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, (1).__add__(2), (5).__rsub__(1))
