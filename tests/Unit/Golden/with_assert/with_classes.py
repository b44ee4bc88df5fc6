# user context managers: enter/exit order, suppression, return/continue/break through with
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, type(tb).__name__)
        return self.suppress
with CM("a") as a, CM("b", True) as b:
    raise KeyError("suppressed by b")
print("after")
try:
    with CM("outer"):
        with CM("inner"):
            1 / 0
except ZeroDivisionError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "value"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class Bad:
    def __enter__(self): return self
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class Obj:
    def __init__(self):
        self.x = 1
o = Obj()
o.y
