# identity vs equality: is / is not on None, small ints via ==, mutable aliasing, id equality
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None, (lambda: None)() is None)
x = None
print(x is None, x == None, x is not None)
s1 = "interned"
s2 = "interned"
print(s1 == s2)
t = (1, 2)
u = t
print(t is u, t == (1, 2))
def returns_same(o):
    return o
print(returns_same(a) is a, [] is [] if False else "skip", {} == {})
e1 = ()
e2 = ()
print(e1 == e2, len(e1))
print(True is True, (1 == 1) is True, bool(1) is True)
print(... is Ellipsis, NotImplemented is NotImplemented)
