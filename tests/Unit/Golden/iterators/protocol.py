# iterator protocol over builtin types: list/str/dict/set/range/tuple iterators, sharing, exhaustion
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print("rest:", list(it))
pairs = iter([1, 2, 3, 4, 5, 6])
print(list(zip(pairs, pairs)))
d = {"a": 1, "b": 2}
ki, vi, ii = iter(d), iter(d.values()), iter(d.items())
print(next(ki), next(vi), next(ii), type(vi).__name__, type(ii).__name__)
s = iter({3, 1, 2})
print(sorted(s))
r = iter(range(0, 10, 3))
print(next(r), next(r), list(r))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
lst2 = [1, 2, 3]
li2 = iter(lst2)
lst2.clear()
print(list(li2))
t = iter((1, 2))
print(list(t), next(t, "exhausted"))
rev = reversed([1, 2, 3])
print(type(rev).__name__, list(rev))
m = map(abs, [-1, -2])
print(iter(m) is m, list(m), list(m))
e = enumerate("ab")
print(iter(e) is e, list(e))
print(list(iter(iter(iter([9])))))
