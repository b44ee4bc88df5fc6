# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
for n in (1, 2):
    try:
        b.release(n)
    except ValueError as e:
        print("ValueError:", e)
b.acquire(); b.acquire()
b.release(2)
print("released 2 after 2 acquires")
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore), b._value, b._initial_value)

# in threads: each acquire matched by one release never overflows
def use():
    for _ in range(100):
        with b:
            pass
ts = [threading.Thread(target=use) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("value back to", b._value)
