# list methods: append, extend, insert, remove, pop, clear, index, count, copy, reverse
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "neg"); print(a)
a.remove("a"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count(42))
b = a.copy(); b.reverse(); print(a, b, a is b)
b.clear(); print(b, len(b))
for call in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(99)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
c = [1, 2]
c += (3, 4)
c *= 2
print(c)
try:
    c + (5,)
except TypeError as e:
    print("TypeError:", e)
