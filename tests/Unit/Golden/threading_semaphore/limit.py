# A Semaphore(3) limits how many of 12 threads are inside the guarded section at once.
import threading

sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []
step = threading.Event()

def job(i):
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        step.wait(0.005)
        with lock:
            inside[0] -= 1
            done.append(i)

ts = [threading.Thread(target=job, args=(i,)) for i in range(12)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 3:", peak[0] <= 3, "all done:", sorted(done) == list(range(12)), "inside:", inside[0])
print("value restored:", sem._value)
