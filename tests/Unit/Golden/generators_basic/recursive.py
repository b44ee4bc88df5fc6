# Recursive generators: tree walks, permutations, combinations.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

def preorder(node):
    yield node.value
    for c in node.children:
        yield from preorder(c)

def postorder(node):
    for c in node.children:
        for v in postorder(c):
            yield v
    yield node.value

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(preorder(tree)))
print(list(postorder(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for tail in combinations(items[i + 1:], k - 1):
            yield (x,) + tail

print(list(combinations("abcd", 2)))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4))
print(len(moves), moves[:3])
