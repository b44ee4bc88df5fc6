# join(timeout): returns after the timeout while the thread still runs; is_alive tells which happened.
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
t.join(0.05)
print("after timed join, alive:", t.is_alive())
t.join(timeout=0)
print("after join(0), alive:", t.is_alive())
t.join(-1)      # a negative timeout acts as 0
print("after join(-1), alive:", t.is_alive())
gate.set()
t.join(5)
print("after release, alive:", t.is_alive())

# join without timeout waits for the whole run
out = []
def slow():
    threading.Event().wait(0.05)
    out.append("slow done")
t = threading.Thread(target=slow)
t.start(); t.join()
print(out)
