# The reprs of the synchronization primitives (addresses masked).
import re, threading

def show(obj):
    print(re.sub(r"0x[0-9a-fA-F]+", "ADDR", repr(obj)))

e = threading.Event(); show(e); e.set(); show(e)
s = threading.Semaphore(3); show(s); s.acquire(); show(s)
b = threading.BoundedSemaphore(2); show(b); b.acquire(); show(b)
bar = threading.Barrier(3); show(bar); bar.abort(); show(bar)
show(threading.Condition(threading.Lock()))
l = threading.Lock(); show(l); l.acquire(); show(l)
c = threading.Condition(threading.Lock())
with c:
    show(c)
print(repr(threading.RLock()).split(" at ")[0])
