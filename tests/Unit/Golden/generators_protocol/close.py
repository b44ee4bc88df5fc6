# close(): GeneratorExit at the paused yield; finally blocks run; ignoring it is an error.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = with_finally()
print(next(g))
print(g.close())
print(g.gi_frame, list(g))
print(g.close())

unstarted = with_finally()
unstarted.close()
print("closed before start:", list(unstarted))

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = catches()
next(c)
c.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"

i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_in_finally():
    try:
        yield 1
    finally:
        return 5

r = returns_in_finally()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("instead")

o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def stop_in_handler():
    try:
        yield 1
    except GeneratorExit:
        return "ok"

s = stop_in_handler()
next(s)
print(s.close())
