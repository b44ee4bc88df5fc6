# recursive generators: tree walks, permutations, flatten, and a recursion limit.
def inorder(t):
    if t:
        left, value, right = t
        yield from inorder(left)
        yield value
        yield from inorder(right)

def insert(t, v):
    if t is None:
        return (None, v, None)
    l, x, r = t
    return (insert(l, v), x, r) if v < x else (l, x, insert(r, v))

tree = None
for v in [5, 3, 8, 1, 4, 7, 9, 2, 6]:
    tree = insert(tree, v)
print(list(inorder(tree)))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(perms("abc")))
print(sum(1 for _ in perms([1, 2, 3, 4, 5])))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], [[6]]])))

def walk_dict(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk_dict(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v
print(list(walk_dict({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3, "A", "B", "C")))

# deep recursion of yield from produces RecursionError, not a crash
import sys
sys.setrecursionlimit(200)
def deep(n):
    yield n
    yield from deep(n + 1)
try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)
