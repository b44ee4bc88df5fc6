# Generator functions: calling returns a generator; each next() runs to the following yield.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(g, "default"))
for x in count_up(2):
    print("for", x)
print(list(count_up(0)))
