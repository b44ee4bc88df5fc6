# The pure-Python RLock (threading._PyRLock) behaves like the native one.
import threading

R = threading._PyRLock
r = R()
print(repr(r).split(" at ")[0])
r.acquire(); r.acquire()
print(repr(r).split(" at ")[0].replace(repr(threading.current_thread().name), "OWNER"))
print(r._recursion_count())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition over the Python RLock, waited on while acquired twice
c = threading.Condition(R())
items = []
def consumer():
    with c:
        with c:
            c.wait_for(lambda: items)
            items.append("consumed")
t = threading.Thread(target=consumer)
t.start()
with c:
    items.append("produced")
    c.notify()
t.join()
print(items)

counter = [0]
def add():
    for _ in range(3000):
        with r:
            counter[0] += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])
