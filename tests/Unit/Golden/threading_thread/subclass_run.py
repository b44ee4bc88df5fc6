# Subclassing Thread: overriding run(), extra constructor arguments, calling run() directly.
import threading

class Counter(threading.Thread):
    def __init__(self, n, **kw):
        super().__init__(**kw)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))

ts = [Counter(n, name=f"counter-{n}") for n in (10, 100, 1000)]
for t in ts: t.start()
for t in ts: t.join()
for t in ts:
    print(t.name, t.total)

# run() called directly executes in the calling thread
class WhoRuns(threading.Thread):
    def run(self):
        self.ran_in = threading.current_thread().name

w = WhoRuns(name="w")
w.run()
print("direct run() ran in:", w.ran_in)
w.start(); w.join()
print("start() ran in:", w.ran_in)

# run() of the base class with a target deletes its references afterwards
t = threading.Thread(target=print, args=("hello from target",))
t.start(); t.join()
print(hasattr(t, "_target"), hasattr(t, "_args"), hasattr(t, "_kwargs"))

# A subclass that overrides run() and still calls the base one
class Wrapped(threading.Thread):
    def run(self):
        print("before", self.name)
        super().run()
        print("after", self.name)

t = Wrapped(target=lambda: print("target body"), name="wrapped")
t.start(); t.join()
