# The first iterable of a genexp is evaluated in the enclosing frame.
def make(data):
    return (d * 2 for d in data)

g = make([1, 2])
print(list(g))
make(None)
