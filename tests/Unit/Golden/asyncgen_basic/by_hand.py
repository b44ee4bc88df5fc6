# The asend/athrow objects used directly as iterators: StopIteration carries each yielded value.
async def gen():
    try:
        yield 1
        yield (2, 3)
        yield None
    except ValueError as e:
        print("gen caught", e)
        yield "after ValueError"


g = gen()
for step in range(4):
    a = g.__anext__()
    try:
        a.send(None)
    except StopIteration as e:
        print(step, type(a).__name__, "->", e.value, e.args)
    except StopAsyncIteration:
        print(step, "StopAsyncIteration")

g = gen()
try:
    next(g.__anext__())
except StopIteration as e:
    print("first", e.value)
t = g.athrow(ValueError("boom"))
print(type(t).__name__)
try:
    t.send(None)
except StopIteration as e:
    print("athrow result", e.value)
try:
    t.send(None)
except RuntimeError as e:
    print(e)
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("aclose done", e.value)
print(g.ag_frame)

g = gen()
a = g.asend(None)
print(a.__await__() is a, iter(a) is a)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
a = g.asend("x")
try:
    a.throw(KeyError("in asend"))
except KeyError as e:
    print("asend throw", e)
print(a.close())
try:
    a.send(None)
except RuntimeError as e:
    print(e)
