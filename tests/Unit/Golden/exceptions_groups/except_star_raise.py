# raising inside except* combines with the unhandled rest into a new group
def f():
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("raised in handler")

try:
    f()
except BaseExceptionGroup as e:
    print(repr(e))
    print([repr(x) for x in e.exceptions])

def g():
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise
try:
    g()
except ExceptionGroup as e:
    print("reraised:", repr(e))
f()
