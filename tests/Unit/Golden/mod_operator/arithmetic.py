# The arithmetic and bitwise operator functions follow the same rules as the operators.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_(True, False), op.or_({1}, {2}))
print(op.add("ab", "cd"), op.mul([0], 3), op.add((1,), (2,)), op.mod("%d-%s", (1, "x")))
print(op.index(7), op.index(True), op.truth([]), op.truth([0]), op.not_(0), op.not_("x"))
print(op.__add__(1, 2), op.__neg__(3), op.__and__(6, 3), op.__not__(None), op.__add__ is op.add, op.add.__name__)
for f in [lambda: op.add(1), lambda: op.neg(), lambda: op.add(1, "a"), lambda: op.truediv(1, 0), lambda: op.index(1.5), lambda: op.not_(1, 2), lambda: op.neg("a")]:
    try:
        f()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
