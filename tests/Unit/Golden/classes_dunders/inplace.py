# In-place operators: __iadd__ and friends, fallback to __add__ when missing, immutability effects,
# in-place on attributes and subscripts.
class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __add__(self, o):
        return Acc(self.v + o + 1000)

    def __imul__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return Acc(self.v * o)

    def __repr__(self):
        return f"Acc({self.v})"


a = Acc(1)
b = a
a += 5
print(a, a is b)
a *= 3
print(a, a is b, b)


class Box:
    def __init__(self):
        self.items = []
        self.count = Acc(0)


bx = Box()
bx.items += [1, 2]
bx.count += 1
print(bx.items, bx.count)
d = {"k": Acc(10)}
d["k"] += 5
print(d)
lst = [Acc(1)]
lst[0] += 1
print(lst)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


o = OnlyAdd(1)
p = o
o += 1
print(o.v, p.v, o is p)
for op in ("-=", "**=", "//=", "%=", "@=", "|=", "&=", "^=", "<<=", ">>=", "/="):
    try:
        x = OnlyAdd(1)
        exec(f"x {op} 2")
    except TypeError as e:
        print("TypeError:", e)
