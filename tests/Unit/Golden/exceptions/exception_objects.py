# exception objects: args, str/repr, attributes, with_traceback-free checks, KeyError str quirk
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
print(str(KeyError("key")), repr(KeyError("key")), str(KeyError()), str(KeyError(1, 2)))
print(str(Exception()), repr(Exception()), str(Exception(None)), repr(Exception("x",)))
print(str(IndexError(5)), repr(TypeError([1])))
try:
    {}["missing"]
except KeyError as k:
    print(k.args, str(k))
try:
    [].pop()
except IndexError as ie:
    print(ie.args)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
si = StopIteration("value")
print(si.value, StopIteration().value)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o), type(OSError(2, "x")).__name__)
ex = Exception("orig")
ex.args = ("changed",)
print(ex)
ne = NameError("n", name="varname")
print(ne.name, str(ne))
ae = AttributeError("a", name="attr", obj=5)
print(ae.name, ae.obj)
print(isinstance(ValueError(), Exception), ValueError().__traceback__, ValueError().__cause__)
