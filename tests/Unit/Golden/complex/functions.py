# complex with builtins: abs, pow, complex(), str, equality, conjugate chains, mixed ops
z = complex(1, 1)
print(abs(z), abs(complex(-3, 4)), pow(z, 2), pow(z, 0), z ** 3, z ** -1)
print(z * z.conjugate(), (z * z.conjugate()).real, z / z, z - z, 0 * z)
print(complex("1e3+2.5j"), complex("-j"), complex("+1.5"), complex(" (1+2j) "))
print(2 * z, z * 2.5, z + True, 1 / z, -z == complex(-1, -1))
print(1j == complex(0, 1), 1 + 0j == 1.0 == 1, (1 + 1j) != (1 - 1j))
for bad in [lambda: complex("1 + 2j"), lambda: complex("j2"), lambda: complex(1, "2"), lambda: int(1j), lambda: float(1j), lambda: complex("1", 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(complex(1e20, -1e-20)), repr(complex(0.1, 0.2)), str(complex(-0.0, -0.0)))
print(complex(float("inf"), 1) * 0 if False else "skip", (1e308 + 1e308j) * 10)
