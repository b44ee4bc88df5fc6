# If the barrier's action raises, the last party gets that exception and the others BrokenBarrierError.
import threading

def action():
    raise ValueError("action failed")

b = threading.Barrier(3, action=action)
outcome = []
lock = threading.Lock()
def party():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ValueError as e:
        r = "ValueError: %s" % e
    with lock:
        outcome.append(r)

ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(outcome), b.broken)
