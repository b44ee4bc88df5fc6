# gauss caches the second Box-Muller value in gauss_next; seed() and setstate() reset/restore it.
import random
r = random.Random(8)
print(r.gauss_next)
a = r.gauss()
print(a, r.gauss_next is not None)
b = r.gauss()
print(b, r.gauss_next)
r.gauss()
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2] is not None)
x = [r.gauss(), r.random(), r.gauss()]
r.setstate(st)
print(x == [r.gauss(), r.random(), r.gauss()])
r.seed(8)
print(r.gauss_next, r.gauss() == a)
