# f-string self-documenting expressions with '=' and conversions/specs combined
a = 10
b = "text"
print(f"{a=}")
print(f"{b=}")
print(f"{a + 5=}")
print(f"{a = }")
print(f"{b=!s}")
print(f"{a=:>5}")
print(f"{a*2 = :08.3f}")
print(f"{[1,2][0]=}")
print(f"{b.upper()=}")
print(f"{3.0=}")
print(f"{None=}, {a=}, {b=!r}")
