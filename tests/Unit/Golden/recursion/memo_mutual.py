# recursion with memo dicts, mutual recursion depth, recursion over nested data structures
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in memo:
        return memo[n]
    memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(4), ways(30), ways(200))
def depth_of(x):
    if isinstance(x, (list, tuple)):
        return 1 + max([depth_of(i) for i in x] + [0])
    if isinstance(x, dict):
        return 1 + max([depth_of(v) for v in x.values()] + [0])
    return 0
print(depth_of([1, [2, [3, {"k": (4,)}]]]), depth_of([]), depth_of(5))
def ping(n):
    return "ping done" if n == 0 else pong(n - 1)
def pong(n):
    return "pong done" if n == 0 else ping(n - 1)
print(ping(800), ping(799))
def sum_nested(x):
    total = 0
    for item in x:
        total += sum_nested(item) if isinstance(item, list) else item
    return total
print(sum_nested([1, [2, 3, [4, [5, 6]]], 7]))
def to_str(n, base):
    digits = "0123456789ABCDEF"
    return digits[n] if n < base else to_str(n // base, base) + digits[n % base]
print(to_str(255, 2), to_str(255, 16), to_str(1000, 8), to_str(0, 10))
nested = []
cur = nested
for _ in range(300):
    new = []
    cur.append(new)
    cur = new
print(depth_of(nested))
