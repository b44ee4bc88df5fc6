# Acceptance stress: 200 threads each do 10,000 lock-protected increments; the total is exact.
import threading

N_THREADS, N_INCR = 200, 10_000
lock = threading.Lock()
box = [0]

def work():
    for _ in range(N_INCR):
        with lock:
            box[0] += 1

ts = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(box[0], box[0] == N_THREADS * N_INCR)
