# Comparison functions and the sequence helpers.
import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.gt(3, 2), op.ge(1, 2), op.eq([1], [1]))
print(op.lt("a", "b"), op.eq(1, "1"), op.is_(None, None), op.is_not(1, None), op.is_([], []))
print(op.contains([1, 2, 3], 2), op.contains("abc", "bc"), op.contains({"k": 1}, "k"), op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
xs = [1, 2, 3, 4]
print(op.getitem(xs, 1), op.getitem(xs, slice(1, 3)), op.getitem({"a": 5}, "a"))
op.setitem(xs, 0, 10); op.delitem(xs, -1); print(xs)
print(op.concat([1], [2]), op.concat("a", "b"), op.length_hint([1, 2, 3]), op.length_hint(5), op.length_hint(5, 9))
print(op.call(len, "abcd"), op.call(sorted, [3, 1, 2], reverse=True), op.call(dict, a=1))
for f in [lambda: op.lt(1, "a"), lambda: op.indexOf([1], 2), lambda: op.length_hint([], "a"), lambda: op.getitem([], 1), lambda: op.call(), lambda: op.is_(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
