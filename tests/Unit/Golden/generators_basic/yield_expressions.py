# The forms of yield: bare, as an expression, in calls, in lambdas, yield tuples.
def forms():
    yield
    x = yield
    print("x =", x)
    y = (yield 1) + (yield 2)
    print("y =", y)
    print("in call:", (yield "c"))
    yield 1, 2
    yield (3, 4)
    z = yield from ()
    print("z =", z)

g = forms()
print(next(g))
print(next(g))
print(g.send("sent-x"))
print(g.send(10))
print(g.send(20))
print(g.send("arg"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")

lam = lambda: (yield 42)
lg = lam()
print(type(lg).__name__, next(lg))
try:
    lg.send("back")
except StopIteration as e:
    print("lambda returned", e.value)

def yield_in_condition(items):
    for item in items:
        if (yield item) == "skip":
            yield "skipped after %r" % (item,)

yc = yield_in_condition([1, 2])
print(next(yc), yc.send("skip"), next(yc), yc.send(None))

def conditional_generator(flag):
    if flag:
        yield "only if flag"

print(list(conditional_generator(False)), list(conditional_generator(True)))

def never_runs():
    return
    yield

print(list(never_runs()))
