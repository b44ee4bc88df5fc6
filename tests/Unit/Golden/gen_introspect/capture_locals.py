# traceback's capture_locals through generator frames: TracebackException and StackSummary.extract
# record each frame's locals as reprs when they are built; format() prints them sorted under each frame.
import sys, traceback

def show(e, **kw):
    te = traceback.TracebackException.from_exception(e, capture_locals=True, **kw)
    print("".join(te.format()), end="")
    print([sorted(fs.locals.items()) for fs in te.stack])

def gen(n):
    acc = {"n": n}
    yield
    raise ValueError(acc)

G = gen(3)   # a global: a generator's repr (its address) must not appear among the locals

def driver():
    next(G)
    try:
        next(G)
    except ValueError as e:
        show(e)
        show(e, limit=-1)
        print(traceback.TracebackException.from_exception(e).stack[0].locals)
    # locals are captured for chained exceptions too, and at construction time
    try:
        try:
            raise KeyError("first")
        except KeyError:
            stage = "handling"
            1 / 0
    except ZeroDivisionError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        stage = "changed after capture"
        print("".join(te.format()), end="")

driver()

def paused():
    a, b = 1, "two"
    yield
p = paused()
next(p)
s = traceback.StackSummary.extract(traceback.walk_stack(p.gi_frame), capture_locals=True)
print(s[0].locals, "".join(s.format()), end="")
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1", locals={"b": 2, "a": "s"})
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
print(fs.locals)

def a():
    return b()
def b():
    f = sys._getframe()
    full = traceback.StackSummary.extract(traceback.walk_stack(f))
    first = traceback.StackSummary.extract(traceback.walk_stack(f), limit=2)
    last = traceback.StackSummary.extract(traceback.walk_stack(f), limit=-1)
    none = traceback.StackSummary.extract(traceback.walk_stack(f), limit=0)
    return full, first, last, none
full, first, last, none = a()
print([fs.name for fs in full], [fs.name for fs in first], [fs.name for fs in last], list(none))
print(type(full).__name__, full[0].colno, full[0].line, full[0].locals)
try:
    traceback.StackSummary.extract([(1, 2)])
except AttributeError as e:
    print(e)
