# send(): the sent value becomes the value of the yield expression.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g))

def accumulate():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulate()
next(acc)
for v in (1, 2, 3, 4):
    print(acc.send(v), end=" ")
print()

try:
    acc.send()
except TypeError as e:
    print(e)
try:
    acc.send(1, 2)
except TypeError as e:
    print(e)

# send on an exhausted generator
done = echo()
next(done)
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(5)
except StopIteration as e:
    print("exhausted send:", e.args)
