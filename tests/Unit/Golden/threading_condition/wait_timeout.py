# wait(timeout) returns False when nobody notifies; wait_for returns the predicate's last value.
import threading

cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
    print(cond.wait(timeout=0))
    print(cond.wait_for(lambda: False, timeout=0.02))
    print(cond.wait_for(lambda: "already", timeout=0.02))
    print(cond.wait_for(lambda: 42))

state = {"n": 0}
def bump():
    for _ in range(3):
        with cond:
            state["n"] += 1
            cond.notify_all()
t = threading.Thread(target=bump)
with cond:
    t.start()
    print(cond.wait_for(lambda: state["n"] == 3, timeout=5))
t.join()

# errors without the lock
for name, call in [("wait", lambda: cond.wait(0)), ("notify", cond.notify), ("notify_all", cond.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
