# for loops: else clause, break, continue, nested, over many iterables, loop variable after loop
for i in range(3):
    print("i", i)
else:
    print("for-else, i =", i)
for ch in "abc":
    if ch == "b":
        break
    print(ch)
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty for-else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
total = 0
for v in range(10):
    if v % 2:
        continue
    total += v
print("even total", total)
for v in [1, 2, 3]:
    pass
print("v after loop", v)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print("item", item)
for x in (10,):
    for x in range(2):
        pass
print(x)
