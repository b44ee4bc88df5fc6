# ident / native_id / get_ident: None before start, ints afterwards, distinct between live threads.
import threading

t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id)
t.start(); t.join()
print(type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident != 0)

n = 5
barrier = threading.Barrier(n)
seen = {}
def record(i):
    seen[i] = (threading.get_ident(), threading.current_thread().ident, threading.get_native_id())
    barrier.wait()   # all alive at once: idents must be distinct
ts = [threading.Thread(target=record, args=(i,)) for i in range(n)]
for t in ts: t.start()
for t in ts: t.join()
print(all(seen[i][0] == seen[i][1] == ts[i].ident for i in range(n)))
print(all(seen[i][2] == ts[i].native_id for i in range(n)))
print(len({v[0] for v in seen.values()}))
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_ident() not in {v[0] for v in seen.values()})
print(threading.get_native_id() == threading.main_thread().native_id)
