# recursive nested functions, recursive lambdas via names, functions stored in dicts/lists
def outer(n):
    def walk(k):
        if k == 0:
            return [0]
        return walk(k - 1) + [k]
    return walk(n)
print(outer(5))
def counter_factory():
    calls = 0
    def rec(n):
        nonlocal calls
        calls += 1
        return 1 if n <= 1 else rec(n - 1) + rec(n - 2)
    def get_calls():
        return calls
    return rec, get_calls
rec, get_calls = counter_factory()
print(rec(10), get_calls())
dispatch = {"sq": lambda x: x * x, "neg": lambda x: -x, "id": lambda x: x}
print([dispatch[k](4) for k in ["sq", "neg", "id"]])
handlers = []
for name in ["a", "b"]:
    def h(prefix=name):
        return "handler " + prefix
    handlers.append(h)
print([h() for h in handlers])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 40, 6 ** 10))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(lst, target, lo=0, hi=None):
    hi = len(lst) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == target:
        return mid
    return binary_search(lst, target, mid + 1, hi) if lst[mid] < target else binary_search(lst, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))
