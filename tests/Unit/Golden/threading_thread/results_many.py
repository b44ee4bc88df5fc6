# 50 threads each computing a piece of a sum; the pieces are collected in a dict and a list.
import threading

pieces = {}
order = []
lock = threading.Lock()
def piece(i):
    s = sum(range(i * 1000, (i + 1) * 1000))
    pieces[i] = s
    with lock:
        order.append(i)

ts = [threading.Thread(target=piece, args=(i,)) for i in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print(len(pieces), sum(pieces.values()) == sum(range(50000)))
print(sorted(order) == list(range(50)))
print(not any(t.is_alive() for t in ts))
