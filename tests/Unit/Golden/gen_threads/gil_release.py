# generators and blocking: threads started and joined between yields, a lock held across a yield,
# Condition ping-pong between generator-driven threads, generator targets, excepthook.
import threading
# a generator that starts threads and joins them between yields (releasing the GIL while suspended in join)
def fan_out(n):
    for batch in range(n):
        results = [None] * 3
        def work(i, b=batch):
            results[i] = (b, i, sum(range(i * 1000)))
        ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        yield results
for r in fan_out(2):
    print(r)
# yielding while holding a lock: another thread blocks until the generator is resumed and releases
lock = threading.Lock()
def holding():
    with lock:
        yield "locked"
    yield "released"
h = holding()
print(next(h), lock.locked())
acquired = []
t = threading.Thread(target=lambda: (lock.acquire(), acquired.append("t got it"), lock.release()))
t.start()
t.join(0.1)
print(t.is_alive(), acquired)
print(next(h))
t.join()
print(acquired, lock.locked())
# Condition variable ping-pong driven by two generators
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()
        yield i
def run(gen):
    for _ in gen:
        pass
a = threading.Thread(target=run, args=(player("ping", "pong", 3),))
b = threading.Thread(target=run, args=(player("pong", "ping", 3),))
a.start(); b.start(); a.join(); b.join()
print(log)
# a thread target that is a generator function: calling it only creates the generator
def target_gen():
    print("never runs")
    yield
t = threading.Thread(target=target_gen)
t.start(); t.join()
print("generator target did nothing")
# an exception from a generator consumed in a threading.Thread reaches threading.excepthook
def hook(args):
    tb = args.exc_traceback
    while tb.tb_next:
        tb = tb.tb_next
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, tb.tb_frame.f_code.co_name)
threading.excepthook = hook
def bad():
    yield 1
    raise LookupError("in thread gen")
t = threading.Thread(target=lambda: list(bad()), name="worker")
t.start(); t.join()
print("main done")
