# return values through yield from chains; send() passes through to the innermost generator.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
        if len(results) == 3:
            return len(results)

results = []
g = gather(results)
next(g)
for batch in ([1, 2], [10], [5, 5, 5]):
    for v in batch:
        print("running", g.send(v))
    try:
        g.send(None)
    except StopIteration as e:
        print("gather returned", e.value)
print(results)

# chain of depth 4 returning values up
def level(n):
    if n == 0:
        x = yield "bottom"
        return [x]
    r = yield from level(n - 1)
    return r + [n]
g = level(3)
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print(e.value)

# yield from a generator that returns immediately
def empty():
    return "nothing yielded"
    yield
def wrap():
    r = yield from empty()
    yield r
print(list(wrap()))

# yield from an exhausted generator
def gen():
    yield 1
def reuse():
    it = gen()
    a = yield from it
    b = yield from it
    yield (a, b)
print(list(reuse()))

# the StopIteration value of a custom iterator arrives as the result
class Ret:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
def get():
    v = yield from Ret()
    yield v
print(list(get()))
