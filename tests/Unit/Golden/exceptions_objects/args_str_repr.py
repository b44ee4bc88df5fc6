# args, str() and repr() for zero, one and several arguments
for e in [Exception(), Exception("one"), Exception(1, 2), Exception(None), Exception(""),
          ValueError([1, 2]), KeyError("k"), KeyError(), KeyError(1, 2), KeyError(""),
          IndexError(-1), LookupError("x", "y"), StopIteration(7), SystemExit(3),
          ArithmeticError(1.5), Warning("careful"), UserWarning("u", 1)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("a")
e.args = ("b", "c")
print(e, repr(e))
e.args = [1]
print(e.args, str(e))
try:
    del e.args
except TypeError as t:
    print(t)
print(repr(BaseException("base")), BaseException.__name__, BaseException.__module__, ValueError.__qualname__)
raise ValueError("one", "two")
