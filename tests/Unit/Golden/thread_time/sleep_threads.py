# time.sleep releases the GIL: sleeping threads overlap, the order of wake-ups follows the
# durations, and the main thread can run while the others sleep. Also sleep's argument errors.
import _thread
import time

lock = _thread.allocate_lock()
order = []
left = [3]
all_done = _thread.allocate_lock()
all_done.acquire()


def sleeper(name, seconds):
    time.sleep(seconds)
    with lock:
        order.append(name)
        left[0] -= 1
        if left[0] == 0:
            all_done.release()


start = time.monotonic()
_thread.start_new_thread(sleeper, ("long", 0.8))
_thread.start_new_thread(sleeper, ("short", 0.2))
_thread.start_new_thread(sleeper, ("middle", 0.5))
# The main thread keeps running Python code while the three sleep.
total = sum(range(1000))
with lock:
    order.append("main")
all_done.acquire()
elapsed = time.monotonic() - start
print(order)
# Three sleeps of 0.2 + 0.5 + 0.8 s overlapped: the total is near the longest one, not the sum.
print("overlapped:", 0.75 < elapsed < 1.4)

print(time.sleep(0), time.sleep(0.0), time.sleep(False))
for bad in [-1, -0.001, float("nan"), "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for call in [lambda: time.sleep(), lambda: time.sleep(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# sleep(0) in a loop still lets a spinning thread run: the GIL is released even for zero.
flag = []


def spinner():
    flag.append(1)


_thread.start_new_thread(spinner, ())
while not flag:
    time.sleep(0)
print("spinner ran:", flag)
