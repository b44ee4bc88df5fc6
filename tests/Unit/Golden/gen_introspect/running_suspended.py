# gi_running and gi_suspended from outside and from inside; inspect.getgeneratorstate.

def state(g):
    # what inspect.getgeneratorstate computes, from the public attributes
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    return "GEN_CREATED"

def watcher():
    print("inside:", me.gi_running, me.gi_suspended, state(me))
    yield 1
    print("inside again:", me.gi_running, me.gi_suspended)
    yield 2

me = watcher()
print("created:", me.gi_running, me.gi_suspended, state(me))
next(me)
print("paused:", me.gi_running, me.gi_suspended, state(me))
next(me)
print(list(me))
print("done:", me.gi_running, me.gi_suspended, state(me))

# a generator resuming itself: ValueError, and it stays usable afterwards
def selfish():
    try:
        next(s)
    except ValueError as e:
        print("ValueError:", e)
    yield "still fine"
    try:
        s.send(1)
    except ValueError as e:
        print("send:", e)
    try:
        s.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        s.close()
    except ValueError as e:
        print("close:", e)
    yield "end"
s = selfish()
print(list(s))

# gi_running / gi_suspended are read-only
for attr in ("gi_running", "gi_suspended", "gi_frame", "gi_code", "gi_yieldfrom"):
    try:
        setattr(me, attr, 1)
    except AttributeError as e:
        print(attr, "AttributeError")

# locals as inspect.getgeneratorlocals reads them
def locals_of(g):
    return g.gi_frame.f_locals if g.gi_frame is not None else {}
def locs(a):
    b = a * 2
    yield
    c = 3
    yield
x = locs(5)
print(locals_of(x))
next(x)
print(locals_of(x))
next(x)
print(locals_of(x))
list(x)
print(locals_of(x))
