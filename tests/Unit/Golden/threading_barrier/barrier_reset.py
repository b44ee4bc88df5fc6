# reset() while parties wait: they leave with BrokenBarrierError, and the barrier works afterwards.
import threading, time

b = threading.Barrier(3)
outcome = []
def party():
    try:
        outcome.append(b.wait())
    except threading.BrokenBarrierError:
        outcome.append("broken")

ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.reset()
for t in ts: t.join()
print(outcome, b.broken, b.n_waiting)

outcome.clear()
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(outcome), b.broken)
