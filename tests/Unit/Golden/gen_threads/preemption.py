# preemption inside generator bodies: with a tiny switch interval, threads each driving their own
# generators (and one shared generator under a lock) never see "already executing" for their own.
import sys, threading
sys.setswitchinterval(1e-6)

def busy(tag, n):
    total = 0
    for i in range(n):
        for j in range(20):
            total += j
        yield tag, i, total

errors = []
results = {}
def own(tag):
    try:
        out = []
        for _ in range(3):
            g = busy(tag, 300)
            out.append(sum(1 for _ in g))
        results[tag] = out
    except Exception as e:
        errors.append(repr(e))

shared = busy("shared", 2000)
lock = threading.Lock()
shared_count = [0]
def pull_shared():
    while True:
        with lock:
            item = next(shared, None)
            if item is None:
                return
            shared_count[0] += 1

threads = [threading.Thread(target=own, args=(f"t{i}",)) for i in range(4)]
threads += [threading.Thread(target=pull_shared) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, sorted(results.items()), shared_count[0])
