# throw(): the exception is raised at the paused yield; the generator may handle it.
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", repr(e))
            yield "after handling"
        except KeyError:
            return "stop on KeyError"

it = g()
print(next(it))
print(it.throw(ValueError("one")))
print(next(it))
print(it.throw(ValueError, "two"))
print(next(it))
print(it.throw(ValueError, ValueError("three")))
print(next(it))
print(it.throw(ValueError, ("a", "b")))
print(next(it))
try:
    it.throw(KeyError)
except StopIteration as e:
    print("stopped:", e.value)

# unhandled: propagates to the caller and finishes the generator
def plain():
    yield 1
    yield 2

p = plain()
next(p)
try:
    p.throw(RuntimeError("bad"))
except RuntimeError as e:
    print("propagated", e)
print(p.gi_frame, list(p))

# throw into a just-created generator: raised before the body runs
q = plain()
try:
    q.throw(IndexError)
except IndexError:
    print("IndexError before start")
print(list(q))

# bad arguments
r = plain()
for args in [(), (1,), (ValueError("x"), 1), (ValueError, None, 5)]:
    try:
        r.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    r.throw(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

# throw into an exhausted generator raises the exception itself
try:
    p.throw(OSError("late"))
except OSError as e:
    print("late", e)
