# closing or throwing into a suspended generator from another thread: the finally block runs there.
import threading

log = []
def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        log.append(("caught", repr(e), threading.current_thread().name))
        yield "recovered"
    finally:
        log.append(("finally", threading.current_thread().name))

g = guarded()
print(next(g))
t = threading.Thread(target=g.close, name="closer")
t.start()
t.join()
print(log, g.gi_frame, next(g, "closed"))

log.clear()
g = guarded()
next(g)
out = []
t = threading.Thread(target=lambda: out.append(g.throw(KeyError("x"))), name="thrower")
t.start()
t.join()
print(out, log)
g.close()
print(log)

# an exception raised in the generator propagates in the thread that resumed it
def failing():
    yield 1
    raise ValueError("in the generator")
f = failing()
next(f)
errors = []
def resume():
    try:
        next(f)
    except ValueError as e:
        errors.append((threading.current_thread().name, str(e)))
t = threading.Thread(target=resume, name="resumer")
t.start()
t.join()
print(errors, f.gi_frame)
