# A thread blocked in Semaphore.acquire() wakes when another thread releases; release(n) wakes n.
import threading, time

s = threading.Semaphore(0)
got = []
lock = threading.Lock()
def taker(i):
    s.acquire()
    with lock:
        got.append(i)

ts = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in ts: t.start()
s.release()
while len(got) < 1:
    time.sleep(0.001)
time.sleep(0.02)
print("after one release:", len(got))
s.release(3)
for t in ts: t.join()
print("after release(3):", sorted(got), s._value)
