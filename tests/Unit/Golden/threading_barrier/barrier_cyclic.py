# A Barrier is reusable: 4 threads run 5 phases; nobody starts phase k+1 before all finished phase k.
import threading

n, phases = 4, 5
b = threading.Barrier(n)
lock = threading.Lock()
log = []
def worker(i):
    for p in range(phases):
        with lock:
            log.append(p)
        b.wait()

ts = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
for t in ts: t.start()
for t in ts: t.join()
print(log == sorted(log), len(log))
print([log.count(p) for p in range(phases)])
print(b.n_waiting, b.broken)
