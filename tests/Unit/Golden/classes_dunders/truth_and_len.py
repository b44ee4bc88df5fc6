# Truth testing in every context: if/while/and/or/not/bool()/filter/any/all, via __bool__ and __len__.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool?", self.on)
        return self.on

    def __repr__(self):
        return f"Flag({self.on})"


t, f = Flag(True), Flag(False)
if t:
    print("t is true")
if not f:
    print("f is false")
print(t and f, f or t, f and t, t or f)
print(any([f, t]), all([t, f]))
print(list(filter(None, [f, t, f])))
n = 0
while Flag(n < 2):
    n += 1
print("loops", n)
print("yes" if f else "no", [x for x in (t, f) if x])


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


print(bool(Bag()), bool(Bag(1)), len(Bag(1, 2, 3)), not Bag(), Bag() or "empty")


class Huge:
    def __len__(self):
        return 2 ** 70


try:
    len(Huge())
except OverflowError as e:
    print("OverflowError:", e)


class FloatLen:
    def __len__(self):
        return 2.0


try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
