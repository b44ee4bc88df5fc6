# __exit__ receives (type, value, traceback) or three Nones; truthy results suppress
class Recorder:
    def __init__(self, result=None):
        self.result = result
        self.seen = None
    def __enter__(self):
        return "entered"
    def __exit__(self, *args):
        self.seen = args
        return self.result

r = Recorder()
with r as value:
    print("value:", value)
print(r.seen)

r = Recorder(result=1)
with r:
    raise ValueError("suppressed by 1")
print(r.seen[0].__name__, r.seen[1], type(r.seen[2]).__name__)

r = Recorder(result="")
try:
    with r:
        raise KeyError("not suppressed")
except KeyError as e:
    print("propagated", repr(e), r.seen[1] is e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except RuntimeError as e:
    print(e)

order = []
class Named:
    def __init__(self, n): self.n = n
    def __enter__(self):
        order.append("enter " + self.n)
        return self
    def __exit__(self, t, v, tb):
        order.append(f"exit {self.n} {t.__name__ if t else None}")
        return self.n == "b"
with Named("a"), Named("b"), Named("c"):
    raise IndexError("stopped at b")
print(order)

class Exiting:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__)
        return False
def deep():
    with Exiting():
        raise TypeError("escapes")
deep()
