# notify(n) wakes exactly n waiters, notify() one, notify_all() the rest; waiters leave in FIFO order.
import threading, time

cond = threading.Condition()
ready = 0
woken = []

def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.wait()
        woken.append(i)

def wait_ready(n):
    while True:
        with cond:
            if ready == n:
                return
        time.sleep(0.001)

ts = []
for i in range(6):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    ts.append(t)
    wait_ready(i + 1)          # one by one, so the waiters queue in order 0..5

with cond:
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
    time.sleep(0.001)
time.sleep(0.02)
with cond:
    print("after notify(2):", sorted(woken), len(cond._waiters))
    cond.notify()
while True:
    with cond:
        if len(woken) == 3:
            break
    time.sleep(0.001)
with cond:
    print("after notify():", sorted(woken))
    cond.notify_all()
for t in ts: t.join()
print("after notify_all():", sorted(woken))
with cond:
    cond.notify(5)   # nobody waits: no effect
    cond.notify_all()
print("no waiters left:", len(cond._waiters))
