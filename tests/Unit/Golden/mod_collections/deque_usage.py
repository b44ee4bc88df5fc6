# deque as a queue, a sliding window and a rotating buffer.
from _collections import deque
q = deque()
for job in ["a", "b", "c"]:
    q.append(job)
done = []
while q:
    done.append(q.popleft())
print(done)
def moving_average(xs, n):
    window = deque(maxlen=n)
    out = []
    for x in xs:
        window.append(x)
        out.append(sum(window) / len(window))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
ring = deque(range(1, 6))
seq = []
for _ in range(7):
    seq.append(ring[0])
    ring.rotate(-1)
print(seq, ring)
big = deque(range(10000))
big.rotate(1234)
print(big[0], big[-1], len(big), big.index(0))
for _ in range(5000):
    big.popleft()
    big.append(-1)
print(big[0], big[4999], big[5000], big.count(-1))
pal = deque("racecar")
ok = True
while len(pal) > 1:
    if pal.popleft() != pal.pop():
        ok = False
print(ok)
