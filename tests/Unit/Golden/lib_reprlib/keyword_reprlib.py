import keyword, reprlib

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr((1, 2, 3, 4, 5, 6, 7)))
print(reprlib.repr(list(range(100))), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
print(reprlib.repr("x" * 50), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
a = Node("a"); b = Node("b")
a.children.append(b); b.children.append(a)
print(a, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Fill:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Fill(" + repr(self.me) + ")"
x = Fill(); x.me = x
print(repr(x))
