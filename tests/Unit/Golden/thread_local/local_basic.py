# _thread._local (threading.local): one attribute dict per thread; a subclass's __init__ runs again,
# with the original arguments, in each thread that touches the object.
import _thread

L = _thread._local
print(L.__name__, L.__module__, L.__doc__)
done = _thread.allocate_lock()
done.acquire()


def in_thread(func, *args):
    """Runs func in a new thread and waits until it returned."""
    out = []

    def run():
        try:
            out.append(func(*args))
        finally:
            done.release()

    _thread.start_new_thread(run, ())
    done.acquire()
    return out[0] if out else None


loc = L()
loc.x = 1
print(loc.x, loc.__dict__)


def other():
    seen = hasattr(loc, "x")
    loc.x = 2
    loc.y = "y"
    return seen, loc.__dict__


print(in_thread(other), loc.x, loc.__dict__)

try:
    L(1)
except TypeError as e:
    print("TypeError:", e)
try:
    L(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    del loc.nope
except AttributeError as e:
    print("AttributeError:", e)
del loc.x
print(hasattr(loc, "x"), getattr(loc, "x", "default"))


class Counter(L):
    made = 0

    def __init__(self, start, step=1):
        Counter.made += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print(c.bump(), c.bump(), Counter.made)
print(in_thread(lambda: (c.value, c.bump(), Counter.made)))
print(c.value, Counter.made, sorted(c.__dict__.items()))
try:
    c.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


class Plain(L):
    pass


p = Plain()
p.v = 3
print(p.v, type(p).__name__, isinstance(p, L), in_thread(lambda: hasattr(p, "v")))
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


class Slots(L):
    kind = "class attribute"

    @property
    def prop(self):
        return "property of %s" % type(self).__name__


s = Slots()
print(s.kind, s.prop, in_thread(lambda: (s.kind, s.prop)))
s.kind = "instance value"
print(s.kind, in_thread(lambda: s.kind))

# Many threads, each sees only its own value.
shared = L()
results = []
lock = _thread.allocate_lock()
left = [5]


def worker(n):
    shared.n = n
    for _ in range(1000):
        pass
    with lock:
        results.append((n, shared.n))
        left[0] -= 1
        if left[0] == 0:
            done.release()


for n in range(5):
    _thread.start_new_thread(worker, (n,))
done.acquire()
print(sorted(results), hasattr(shared, "n"))
