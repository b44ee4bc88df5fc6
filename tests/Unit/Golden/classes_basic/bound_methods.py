# Functions become bound methods on instances; unbound access via the class; method identity,
# equality, attributes of bound methods, storing callables on instances and classes.
class Greeter:
    greeting = "hello"

    def greet(self, name):
        return f"{self.greeting}, {name}"


g = Greeter()
m1, m2 = g.greet, g.greet
print(m1("ann"), Greeter.greet(g, "bob"), m1 == m2, m1 is m2, m1.__self__ is g)
print(m1.__func__ is Greeter.greet, m1.__name__, m1.__qualname__, type(m1).__name__, type(Greeter.greet).__name__)
print(repr(m1).startswith("<bound method Greeter.greet of <__main__.Greeter object at"))
g.greet = lambda name: "instance attr " + name
print(g.greet("cy"), Greeter().greet("dee"))
del g.greet
print(g.greet("eve"))


def outside(self, x):
    return x * 2


Greeter.double = outside
print(g.double(21), Greeter.double(None, 4))
funcs = [g.greet, Greeter().greet]
print([f("z") for f in funcs])


class Callback:
    def __init__(self):
        self.calls = []

    def record(self, v):
        self.calls.append(v)


cb = Callback()
handlers = {"rec": cb.record}
for i in range(3):
    handlers["rec"](i)
print(cb.calls, list(map(cb.record, "ab")), cb.calls)
print(sorted(["bb", "a", "ccc"], key=len), sorted([Greeter(), Greeter()], key=lambda o: 0) != [])
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet("a", "b")
except TypeError as e:
    print("TypeError:", e)
