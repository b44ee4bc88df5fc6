# __next__ through a generator's life: unstarted, suspended, finished; next() with a default.
def counter(n):
    print("start")
    i = 0
    while i < n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("end")

g = counter(2)
print("created")
print(g.__next__())
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    g.__next__()
except StopIteration as e:
    print("again", e.args, e.value)
print(next(g, "default"))
print(next(counter(0), "empty"))

# iter(g) is g; the generator is its own iterator
g = counter(1)
print(iter(g) is g, g.__iter__() is g)
for x in g:
    print("loop", x)
print(list(g))

# a generator function with a bare return before any yield
def never():
    return
    yield
print(list(never()))

# a plain yield produces None
def nones():
    yield
    x = yield
    print("x is", x)
print(list(nones()))
