# Subclassing int, float, str, bytes: values, arithmetic results, overridden dunders, __new__.
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"

    def __add__(self, other):
        return Meters(float(self) + float(other))


m = Meters(1.5)
print(m, m + 2, type(m + 2).__name__, m * 2, type(m * 2).__name__, m > 1, isinstance(m, float))


class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj

    def __str__(self):
        return self.name


f = Flag(4, "FOUR")
print(f, repr(f), f + 1, f * 2, f == 4, hash(f) == hash(4), int(f), f.name, f"{f:>5}", [f])
print(bin(f), list(range(10))[f], isinstance(f, int), type(f).__mro__[1].__name__)


class Version(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())

    def parts(self):
        return [int(p) for p in self.split(".")]

    def __lt__(self, other):
        return self.parts() < Version(other).parts()


v = Version(" 1.10.2 ")
print(v, repr(v), v.parts(), v < "1.9", v.upper(), len(v), v + "!", type(v + "!").__name__, v == "1.10.2")
print({v: 1}["1.10.2"], "1.10" in v, v.startswith("1."))


class Upper(str):
    def __str__(self):
        return self.upper()


u = Upper("abc")
print(str(u), u, f"{u}", repr(u), "%s" % u)


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"\x01\xff")
print(b, b.hexed(), len(b), b[1], isinstance(b, bytes))


class MyInt(int):
    pass


i = MyInt(7)
print(i, i + 1, type(i + 1).__name__, -i, abs(MyInt(-3)), i // 2, divmod(i, 2), i.bit_length(), MyInt("12", 8))
print(int.__add__(3, 4), float.__mul__(2.0, 3), str.__len__("abcd"), list.__len__([1, 2]), int.__repr__(i))
