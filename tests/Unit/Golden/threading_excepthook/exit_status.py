# An exception in a thread does not change the process's exit status; a hook can collect them.
import threading

errors = []
threading.excepthook = lambda a: errors.append(f"{a.thread.name}: {a.exc_type.__name__}: {a.exc_value}")

def work(i):
    if i % 3 == 0:
        raise ValueError(f"item {i}")
    return i

ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
for e in sorted(errors):
    print(e)
print("main finished normally")
