# Recursive locking in several threads: a recursive function takes the RLock at every level.
import threading

r = threading.RLock()
shared = []

def nest(depth, tag):
    with r:
        shared.append((tag, depth))
        if depth:
            nest(depth - 1, tag)

ts = [threading.Thread(target=nest, args=(5, i)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
# each thread's six entries are contiguous, because the outermost acquire holds until the end
runs = []
for tag, depth in shared:
    if not runs or runs[-1][0] != tag:
        runs.append([tag, 0])
    runs[-1][1] += 1
print(len(runs), sorted(n for _, n in runs))
print([d for t, d in shared if t == 0])
