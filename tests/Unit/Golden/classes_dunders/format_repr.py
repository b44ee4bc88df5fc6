# __repr__, __str__ and __format__ in every formatting path: print, str(), repr(), f-strings with
# conversions and specs, %-formatting, str.format with fields, containers, nested objects.
class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur

    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"

    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{format(self.amount, spec[:-1] or '.2f')}{self.cur}"
        return format(str(self), spec)


m = Money(3.5)
print(m, str(m), repr(m), [m], {"m": m}, (m,))
print(f"{m}|{m!s}|{m!r}|{m:>14}|{m:<14}|{m:c}|{m:.0fc}|")
print("%s / %r" % (m, m), "{} {!r} {:c}".format(m, m, m), "{0.amount} {0.cur}".format(m))
print(format(m, "^16"), format(m), ascii(Money(1, "€")))


class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)

    def __repr__(self):
        return f"Node({self.v}{''.join([', ' + repr(k) for k in self.kids])})"


print(Node(1, Node(2), Node(3, Node(4))))


class StrOnly:
    def __str__(self):
        return "str-only"


s = StrOnly()
print(s, f"{s}", "%s" % s, repr(s).startswith("<__main__.StrOnly object"))


class ReprOnly:
    def __repr__(self):
        return "repr-only"


print(ReprOnly(), str(ReprOnly()), f"{ReprOnly()!s}")


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
