# yield from edge cases: delegating to itself or a cycle, to finished generators, send/throw to
# iterators without those methods, return values through three levels.
def selfdeleg():
    yield from me
me = selfdeleg()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
print(me.gi_frame)

def a():
    yield from b_gen
def b():
    yield from a_gen
a_gen = a(); b_gen = b()
try:
    next(a_gen)
except ValueError as e:
    print("cycle:", e)

# yield from a coroutine-like object with __await__? no; yield from of a generator already finished
def done():
    return 3
    yield
d = done()
list(d)
def reuse():
    r = yield from d
    print("r", r)
print(list(reuse()))

# send through yield from to a list iterator -> AttributeError 'list_iterator' object has no attribute 'send'
def over():
    yield from [1, 2]
o = over(); next(o)
try:
    o.send(5)
except AttributeError as e:
    print(e)
# throw with GeneratorExit into yield from delegating to an object without close
def ge():
    yield from iter([1, 2])
g = ge(); next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(g.gi_frame)
# StopIteration with value from a subgenerator through two levels of send
def sub():
    x = yield
    return x * 2
def mid():
    return (yield from sub()) + 1
def top():
    v = yield from mid()
    yield v
t = top(); next(t)
print(t.send(10))
