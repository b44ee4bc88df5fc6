# yield from delegates iteration and returns the subgenerator's return value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))
    return "outer result"

print(list(outer()))
o = outer()
for _ in range(9):
    next(o)
try:
    next(o)
    next(o)
except StopIteration as e:
    print("final", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), {4: "x"}, "56")))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node

print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
