# getstate/setstate round trips, version 2 states, and the errors for malformed states.
import random
r = random.Random(1234)
st = r.getstate()
print(type(st).__name__, len(st), st[0], st[1][:4], st[1][-1], st[2])
first = [r.random() for _ in range(5)]
r.setstate(st)
print(first == [r.random() for _ in range(5)])
s2 = random.Random()
s2.setstate(st)
print(s2.random() == first[0])
v2 = (2, tuple([x - 2**32 if i % 2 else x for i, x in enumerate(st[1][:-1])]) + (st[1][-1],), None)
r.setstate(v2)
print(r.random() == first[0])
bad = [(2,), (4, st[1], None), (3, (1, 2, 3), None), (3, st[1][:-1] + (625,), None), (3, st[1][:-1] + (-1,), None), (3, [0] * 625, None)]
for b in bad:
    try:
        r.setstate(b)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(random.Random.VERSION)
