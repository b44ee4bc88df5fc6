# exception instances have a __dict__, __traceback__, with_traceback, __reduce__
e = ValueError("x")
e.code = 42
e.extra = [1]
print(e.code, e.extra, sorted(e.__dict__))
print(e.__reduce__())
print(ValueError("plain").__reduce__())
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
other = KeyError("k").with_traceback(tb)
print(other.__traceback__ is tb)
print(other.with_traceback(None).__traceback__)
try:
    e.with_traceback(5)
except TypeError as t:
    print(t)
try:
    e.__traceback__ = "x"
except TypeError as t:
    print(t)
s = ValueError()
s.__setstate__({"a": 1, "b": 2})
print(s.a, s.b)
try:
    e.missing_attribute
except AttributeError as a:
    print(a)
print(BaseException.__repr__(KeyError("k")), KeyError.__str__(KeyError("k")), Exception.__str__(ValueError(1, 2)))
