# RLock: reentrant acquire by the owner, release counts, errors for releasing an un-acquired lock.
import threading

r = threading.RLock()
print(type(r).__name__)
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r.acquire(False))
print(repr(r).startswith("<locked"))
r.release(); r.release()
print(r._is_owned())
r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with ok", r._is_owned())
print(r._is_owned())

# another thread cannot release it, nor acquire it without blocking
r.acquire()
out = []
def other():
    out.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=other); t.start(); t.join()
print(out)
r.release()
t = threading.Thread(target=other); t.start(); t.join()
print(out[-2:])
