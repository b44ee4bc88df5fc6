# wait_for with a timeout in several threads: those whose predicate becomes true return True, the
# others time out and get False.
import threading

cond = threading.Condition()
value = [0]
results = {}

def waiter(target):
    with cond:
        results[target] = cond.wait_for(lambda: value[0] >= target, timeout=0.3 if target > 5 else 10)

ts = [threading.Thread(target=waiter, args=(k,)) for k in (1, 3, 5, 100)]
for t in ts: t.start()
for v in range(1, 6):
    with cond:
        value[0] = v
        cond.notify_all()
for t in ts: t.join()
print(sorted(results.items()))
