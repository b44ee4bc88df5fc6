# chained comparisons and short-circuit evaluation order with side effects
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 == 1 != 2 <= 2 >= 1)
print(v(0) and v(1))
print(v(1) or v(2))
print(v(None) or v(0) or v("last"))
print(v(2) == v(2.0) is not None)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, 1 in [1] in [[1]])
print(not 1 < 2, (not 1) < 2, -1 < 0 == False)
a = [1, 2]
print(a == a[:] is not a, a is a in [a])
