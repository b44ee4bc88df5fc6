x = 1
y = x + 2 * 3
z = -x
print(x, y, z)
a, b = b, a
t = (1, 2, 3)
del t
x += 1
print(not x, x is None, x is not None, 1 < x < 3)
