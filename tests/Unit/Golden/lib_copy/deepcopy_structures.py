import copy

config = {"name": "svc", "ports": [80, 443], "opts": {"debug": False, "tags": {"a", "b"}}, "pair": (1, [2])}
clone = copy.deepcopy(config)
clone["ports"].append(8080)
clone["opts"]["debug"] = True
clone["pair"][1].append(3)
print(config)
print(sorted(clone["opts"]["tags"]), clone["ports"], clone["pair"], clone["opts"]["tags"] is config["opts"]["tags"])
shallow = copy.copy(config)
shallow["ports"].append(1)
print(config["ports"], shallow is config, shallow == config)

class Tree:
    def __init__(self, val, kids=()):
        self.val, self.kids, self.parent = val, list(kids), None
        for k in self.kids:
            k.parent = self
root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
r2 = copy.deepcopy(root)
print(r2.val, [k.val for k in r2.kids], r2.kids[1].kids[0].parent is r2.kids[1], r2.kids[0].parent is r2, r2.kids[0] is root.kids[0])
d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2 is not d)
memo = {}
a = [1]
b = copy.deepcopy([a, a, (a,)], memo)
print(b[0] is b[1], b[2][0] is b[0], id(a) in memo)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
c1 = Counter()
c2 = copy.copy(c1)
print(Counter.instances, type(c2).__name__)
print(copy.deepcopy(range(3)), copy.copy(b"bytes"), copy.deepcopy(3.5), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b"x")))
class NoCopy:
    def __deepcopy__(self, memo):
        raise copy.Error("not allowed")
try:
    copy.deepcopy([NoCopy()])
except copy.Error as e:
    print("copy.Error:", e)
