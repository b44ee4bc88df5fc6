# generators as methods, static/class methods, properties, closures and dunder __iter__.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @classmethod
    def make(cls, n):
        yield from (cls(i) for i in range(n))
    @staticmethod
    def count(n):
        yield from range(n)
    @property
    def values(self):
        return (v for v in self)

t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t))
print(list(t.depth_first()))
print([x.value for x in Tree.make(3)])
print(list(Tree.count(3)))
print(sum(t.values))
print(Tree.depth_first.__qualname__, t.depth_first().__qualname__)

def make_counter(step):
    state = {"calls": 0}
    def gen(n):
        for i in range(n):
            state["calls"] += 1
            yield i * step
    return gen, state
gen, state = make_counter(5)
print(list(gen(3)), list(gen(2)), state)

# a generator closing over a variable that changes between yields
def outer():
    value = 0
    def inner():
        while True:
            yield value
    it = inner()
    out = [next(it)]
    value = 7
    out.append(next(it))
    return out
print(outer())

# nonlocal modified from inside the generator
def nl():
    count = 0
    def g():
        nonlocal count
        for _ in range(3):
            count += 1
            yield count
    return list(g()), count
print(nl())

# bound method generator keeps self alive
class Node:
    def __init__(self):
        self.data = [3, 1, 2]
    def sorted_items(self):
        yield from sorted(self.data)
it = Node().sorted_items()
print(list(it))
