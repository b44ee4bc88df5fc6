# as_completed yields each future once as it completes; finished ones first; a timeout raises.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import concurrent.futures as cf
import threading

with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(lambda i=i: i * 3) for i in range(8)]
    print(sorted(f.result() for f in as_completed(fs)))
    # duplicates are yielded once
    print(len(list(as_completed(fs + fs[:3]))))

# already-finished futures are yielded before the pending ones
done = Future(); done.set_result("done first")
pending = Future()
gen = as_completed([pending, done])
print(next(gen).result())
pending.set_result("then pending")
print(next(gen).result())
print(list(gen))

# timeout with unfinished futures
never = Future()
another = Future(); another.set_result(1)
try:
    for f in as_completed([never, another], timeout=0.02):
        print("got", f.result())
except cf.TimeoutError as e:
    print("TimeoutError:", e)

# order of completion follows the events
gates = [threading.Event() for _ in range(3)]
with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(gates[i].wait): i for i in range(3)}
    order = []
    gates[2].set()
    for f in as_completed(fs):
        order.append(fs[f])
        if len(order) == 1:
            gates[0].set()
        elif len(order) == 2:
            gates[1].set()
    print(order)
