# sorted, any, all, list/tuple/dict/set constructors from iterables
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), all([[], 1]))
checks = []
def p(v):
    checks.append(v)
    return v
print(any(map(p, [0, 0, 1, 1])), checks)
checks.clear()
print(all(map(p, [1, 1, 0, 1])), checks)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted({3: 0, 1: 0}))
print(sorted([-1, 3, -5], key=abs), sorted(["b", "A", "a"], key=str.lower), sorted([[2], [1, 5], [1]]))
print(list({1: 2}), tuple([1, 2]), dict([(1, 2)]), set([1, 1, 2]), frozenset("a") == frozenset(["a"]))
print(list(range(3)) + list("ab"), tuple(), dict(), dict(a=1), set("aaa"))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted(1)
except TypeError as e:
    print("TypeError:", e)
try:
    any(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2, 3], key=lambda v: v % 2), sorted(range(10), key=lambda v: -v)[:3])
