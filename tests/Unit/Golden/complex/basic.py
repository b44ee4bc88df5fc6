# complex numbers: construction, arithmetic, attributes, repr, errors
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, z / (1 - 1j), z - 4j, 1j * 1j)
print(complex(1, 2), complex(), complex("1+2j"), complex(" 3j "), complex(2.5), complex("-1.5-2J"))
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(1, -0.0)))
print(complex(float("inf"), float("nan")), complex(1e300, 1e-300))
print(z == 3 + 4j, z != 3, 1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0), (1j) ** 0)
print(type(z).__name__, z.real.__class__.__name__, 5 + 0j == 5, hash(5 + 0j) == hash(5))
for expr in ["z < z", "z // 2", "z % 2", "1 / 0j", "complex('1+')"]:
    try:
        eval(expr)
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(complex(1, 2) * complex(3, -4), (2 + 3j) / (4 - 5j))
print(f"{z}", str(1.5 + 0j), format(2 - 3j, "+.1f"))
