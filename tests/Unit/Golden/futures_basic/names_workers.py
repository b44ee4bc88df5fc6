# Worker thread names and the max_workers default and checks.
from concurrent.futures import ThreadPoolExecutor
import os, threading

with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    names = set(ex.map(lambda _: threading.current_thread().name, range(20)))
print(names <= {"pool_0", "pool_1"}, "pool_0" in names)

with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4))
ex.shutdown()
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(2, initializer=42)
except TypeError as e:
    print("TypeError:", e)

# workers are not daemon threads, and at most max_workers threads are created
with ThreadPoolExecutor(3) as ex:
    daemons = set(ex.map(lambda _: threading.current_thread().daemon, range(10)))
    fs = [ex.submit(threading.Event().wait, 0.01) for _ in range(9)]
print(daemons, len(ex._threads) <= 3)
