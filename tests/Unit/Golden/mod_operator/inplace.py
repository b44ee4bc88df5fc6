# The in-place forms mutate mutable objects and return the new value for immutable ones.
import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b is a)
s = {1, 2}
op.ior(s, {5}); op.iand(s, {1, 5, 9}); print(s)
print(op.iadd(1, 2), op.isub(5, 7), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 4), op.irshift(64, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
c = [0]
print(op.iconcat(c, (1, 2)), c, op.iconcat("x", "y"), op.imul(c, 2), c)
d = {"a": 1}
print(op.ior(d, {"b": 2}), d)
for f in [lambda: op.iconcat(1, [2]), lambda: op.concat(1, 2), lambda: op.iadd(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
