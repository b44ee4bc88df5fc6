# Semaphore counting: acquire until zero, non-blocking and timed acquires, release(n), errors.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(3)
print(s._value)
print([s.acquire(False) for _ in range(4)])
s.release()
with s:
    print("in with:", s._value)
print("after with:", s._value)

for make in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)

z = threading.Semaphore(0)
print(z.acquire(False), z.acquire(timeout=0))
d = threading.Semaphore()
print(d._value)
with d:
    print("in with:", d._value)
print("after with:", d._value)
