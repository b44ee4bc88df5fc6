# time: only relative properties (monotonic non-decreasing, sleep duration, types)
import time
t1 = time.monotonic()
t2 = time.monotonic()
print(t2 >= t1, type(t1).__name__)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print(p2 - p1 >= 0.01, p2 - p1 < 5)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(n2 >= n1, type(n1).__name__)
w = time.time()
print(w > 1.6e9, type(w).__name__, isinstance(time.time_ns(), int))
print(time.process_time() >= 0, time.perf_counter_ns() > 0)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("x")
except TypeError as e:
    print("TypeError:", e)
s = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - s >= 0.02)
