# StopIteration.value, SystemExit.code, ImportError/NameError/AttributeError keywords, Unicode errors
s = StopIteration()
print(s.value, StopIteration(1, 2).value)
s.value = 9
print(s.value, s.args)
print(SystemExit().code, SystemExit(0).code, SystemExit("bye").code, SystemExit(1, 2).code)
ie = ImportError("cannot import", name="mod", path="/x/mod.py")
print(ie.msg, ie.name, ie.path, ie.args, str(ie))
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")))
mnf = ModuleNotFoundError("No module named 'zz'", name="zz")
print(repr(mnf), mnf.name, isinstance(mnf, ImportError))
print(NameError("n", name="var").name, NameError("n").name)
ae = AttributeError("a", name="attr", obj=[1])
print(ae.name, ae.obj)
for bad in [lambda: ImportError(nam="x"), lambda: NameError(obj=1), lambda: ValueError(x=1),
            lambda: AttributeError(path=1), lambda: StopIteration(value=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, "|", u)
print(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "bad"))
print(UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "\u20ac\U0001f600", 0, 1, "x"), "|", UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "x"))
print(UnicodeTranslateError("\xe9", 0, 1, "no"))
try:
    UnicodeDecodeError("a")
except TypeError as e:
    print(e)
print(repr(UnicodeError("plain")), UnicodeError("plain").encoding)
