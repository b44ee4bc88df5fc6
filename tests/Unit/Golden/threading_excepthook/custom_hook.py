# A custom threading.excepthook receives ExceptHookArgs(exc_type, exc_value, exc_traceback, thread).
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, args.exc_value.__traceback__ is args.exc_traceback))

threading.excepthook = hook

def boom(msg):
    raise KeyError(msg)

ts = [threading.Thread(target=boom, args=(f"k{i}",), name=f"t{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for s in sorted(seen):
    print(s)

# the hook also sees exceptions from subclasses and from Timers
class Sub(threading.Thread):
    def run(self):
        1 / 0
s = Sub(name="sub"); s.start(); s.join()
tm = threading.Timer(0.001, lambda: [][1]); tm.name = "timer"; tm.start(); tm.join()
print(seen[-2][:3]); print(seen[-1][:3])

# restoring the original hook
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print(hasattr(threading, "ExceptHookArgs"))
