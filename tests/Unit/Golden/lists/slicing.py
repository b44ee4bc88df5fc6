# list slicing: get, set, delete, extended slices, slice assignment of other lengths
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-2], a[8:2:-2], a[5:5], a[100:])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [10, 11, 12]; print(b)
b[:] = [0, 1, 2, 3, 4, 5]; print(b)
b[::2] = "abc"; print(b)
b[-1:] = []; print(b)
del b[::2]; print(b)
c = list(range(8))
del c[1:3]; print(c)
del c[-1]; print(c)
c[::-1] = range(len(c)); print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d[1:2] = d; print(d)
e = [1, 2, 3, 4, 5]
e[3:1] = ["in"]; print(e)
print(a[-100:100], a[slice(1, 8, 3)], a[slice(None)] == a)
