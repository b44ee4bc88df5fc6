# send(): the first send must be None, values become the yield expression's result.
def echo():
    received = []
    value = yield "ready"
    while value is not None:
        received.append(value)
        value = yield value * 2
    return received

g = echo()
for bad in (1, "x", [], 0, False):
    h = echo()
    try:
        h.send(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)
    # a failed first send does not start the generator
    print(h.gi_frame.f_lasti == -1 or h.gi_suspended is False)

print(g.send(None))
print(g.send(5))
print(g.send("ab"))
print(g.send([1]))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("after end", e.value)

# send() after an exhausted generator that was never started
def one():
    yield 1
g = one()
g.close()
try:
    g.send(3)
except StopIteration:
    print("closed generator: StopIteration on send")

# send on a generator expression
ge = (x for x in range(3))
print(ge.send(None), next(ge))
try:
    (x for x in "a").send(1)
except TypeError as e:
    print(e)

# a running accumulator
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
