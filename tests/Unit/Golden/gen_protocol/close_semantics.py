# close(): GeneratorExit at the paused yield; finally runs; ignoring it is a RuntimeError.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
next(g)
print(g.close())
print(g.gi_frame, next(g, "exhausted"))
g.close()  # closing again is a no-op

# close of an unstarted generator does not run its body at all
g = with_finally()
g.close()
print("unstarted closed", list(g))

def observes():
    try:
        yield
    except GeneratorExit as e:
        print("saw", type(e).__name__, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise
g = observes()
next(g)
g.close()

# returning after GeneratorExit is fine
def returns():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
g = returns()
next(g)
print(g.close())

# yielding after GeneratorExit
def stubborn():
    refused = False
    while True:
        try:
            yield "x"
        except GeneratorExit:
            if refused:
                print("giving in")
                return
            refused = True
            print("refusing")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.gi_suspended)
s.close()
print(s.gi_suspended, s.gi_frame)

# raising another exception from close propagates it
def other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
g = other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

# close runs nested finally blocks innermost first
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
g = nested()
next(g)
g.close()

# with-statement exit runs on close
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
def in_with():
    with CM():
        yield 1
g = in_with()
next(g)
g.close()
