# a yield from that would enter a generator running on another thread: ValueError at the yield from,
# catchable in the delegating generator; the running generator itself is undisturbed.
import threading
entered = threading.Event()
release = threading.Event()
def inner():
    entered.set()
    release.wait()
    yield "inner value"
    yield "inner second"
ig = inner()
out = []
t = threading.Thread(target=lambda: out.append(next(ig)))
t.start()
entered.wait()
def other():
    r = yield from ig
    yield ("returned", r)
o = other()
try:
    next(o)
except ValueError as e:
    print("via yield from:", e, o.gi_frame)
# gi_yieldfrom of a generator delegating to one running elsewhere cannot be entered either
def third():
    try:
        yield from ig
    except ValueError as e:
        yield "caught " + str(e)
th = third()
print(next(th))
release.set()
t.join()
print(out, next(ig), next(ig, "exhausted"))
