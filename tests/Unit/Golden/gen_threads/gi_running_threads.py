# gi_running observed from another thread while the generator runs, and a race that the GIL
# does not prevent: two threads resuming one unlocked generator; every failure is the ValueError.
import threading

entered = threading.Event()
release = threading.Event()
def slow():
    while True:
        entered.set()
        release.wait()
        release.clear()
        yield threading.current_thread().name

g = slow()
seen = []
t = threading.Thread(target=lambda: seen.append(next(g)), name="runner")
t.start()
entered.wait()
entered.clear()
print("main sees", g.gi_running, g.gi_suspended, g.gi_frame is not None)
release.set()
t.join()
print(seen, g.gi_running, g.gi_suspended)

# unlocked sharing: results and errors vary per run, so only invariants are printed
def busy(n):
    for i in range(n):
        x = 0
        for j in range(50):
            x += j
        yield i

shared = busy(3000)
got = []
errors = []
def pull():
    while True:
        try:
            v = next(shared)
        except StopIteration:
            return
        except ValueError as e:
            errors.append(str(e))
            continue
        got.append(v)
threads = [threading.Thread(target=pull) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(got) == list(range(3000)), set(errors) <= {"generator already executing"})
