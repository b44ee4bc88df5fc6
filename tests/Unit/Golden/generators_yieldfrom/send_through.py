# send() goes through yield from to the innermost generator.
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    result = yield from inner()
    yield "inner total was %d" % result

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))

# sending a value to a plain iterator delegate needs a send method
def over_list():
    yield from [1, 2, 3]

h = over_list()
print(next(h))
try:
    h.send("x")
except AttributeError as e:
    print("AttributeError:", e)

class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        return "echo %r" % (v,)

def deleg():
    r = yield from Echo()
    print("Echo returned", r)

d = deleg()
print(next(d), d.send("hi"), next(d), next(d))
try:
    next(d)
except StopIteration:
    print("deleg finished")
