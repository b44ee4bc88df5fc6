# Acceptance stress: 1,000 threads created and joined in a loop (and 500 more, 50 alive at a time).
import threading

count = [0]
lock = threading.Lock()
def tick():
    with lock:
        count[0] += 1

for _ in range(1000):
    t = threading.Thread(target=tick)
    t.start()
    t.join()
print(count[0], threading.active_count())

for _ in range(10):
    batch = [threading.Thread(target=tick) for _ in range(50)]
    for t in batch: t.start()
    for t in batch: t.join()
print(count[0], threading.active_count(), len(threading.enumerate()))
