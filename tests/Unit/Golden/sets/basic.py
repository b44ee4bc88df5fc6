# sets of ints: creation, iteration order, add/discard/remove/pop, membership, frozenset
s = {5, 3, 1, 3, 5}
print(s, len(s), 3 in s, 4 in s)
s.add(2); s.add(100); s.add(-1); print(s)
s.discard(100); s.discard(999); print(s)
s.remove(5); print(s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
print(set(), set([3, 2, 1]), set(range(5)), set((9, 8, 8)))
print({x % 5 for x in range(20)}, sorted({-3, -1, -2}))
fs = frozenset([1, 2, 3])
print(fs, frozenset(), hash(fs) == hash(frozenset([3, 2, 1])), fs == {1, 2, 3})
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({1, 2}.copy(), {frozenset({1}), frozenset({1})}, len({1, 1.0, True}))
t = {33, 1, 65, 17}
print(t, list(t))
print({10, 20, 30, 40, 50, 60, 70, 80, 90})
