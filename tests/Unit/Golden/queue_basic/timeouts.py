# Timed get/put raise Empty/Full after the timeout; negative timeouts are a ValueError.
import queue, threading

q = queue.Queue(1)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("get timed out")
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("put timed out")
for call in (lambda: q.put(2, timeout=-1), lambda: queue.Queue().get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(timeout=0))

# a timed get that another thread satisfies in time
def later():
    threading.Event().wait(0.01)
    q.put("late item")
t = threading.Thread(target=later)
t.start()
print(q.get(timeout=10))
t.join()

# block=False ignores the timeout
try:
    q.get(False, 10)
except queue.Empty:
    print("non-blocking get ignores timeout")
