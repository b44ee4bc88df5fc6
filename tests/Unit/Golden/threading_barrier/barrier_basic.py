# Barrier: N threads meet; wait() returns distinct indices 0..N-1; the action runs once per cycle.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append(threading.current_thread().name != ""))
idx = {}
def party(i):
    idx[i] = b.wait()

ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
idx["main"] = b.wait()
for t in ts: t.join()
print(sorted(idx.values()), actions)
print(b.parties, b.n_waiting, b.broken)

# a single-party barrier trips at once
one = threading.Barrier(1)
print(one.wait(), one.wait())
