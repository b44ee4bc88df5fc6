# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts.
from concurrent.futures import (ThreadPoolExecutor, wait, Future, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)
import threading

gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    quick = ex.submit(lambda: "quick")
    slow = ex.submit(gate.wait)
    res = wait([quick, slow], return_when=FIRST_COMPLETED)
    print(type(res).__name__, quick in res.done, slow in res.not_done)
    res = wait([quick, slow], timeout=0.02)
    print(len(res.done), len(res.not_done))
    fail = ex.submit(lambda: 1 / 0)
    res = wait([slow, fail], return_when=FIRST_EXCEPTION)
    print(fail in res.done, slow in res.not_done)
    gate.set()
    done, not_done = wait([quick, slow, fail], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

# FIRST_EXCEPTION without exceptions waits for all
a, b = Future(), Future()
a.set_result(1)
def finish():
    b.set_result(2)
t = threading.Timer(0.01, finish); t.start()
done, not_done = wait([a, b], return_when=FIRST_EXCEPTION)
t.join()
print(sorted(f.result() for f in done), not_done)

# cancelled futures count as done
c = Future(); c.cancel()
print(wait([c], timeout=0).done == {c})
try:
    wait([Future()], return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
print(wait([]))
