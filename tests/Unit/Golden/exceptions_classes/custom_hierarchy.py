# Python subclasses of builtin exceptions: extra attributes, __init__/__new__/__str__ overrides, groups
class AppError(Exception):
    """Base for the app."""
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config {key!r}: {reason}")
        self.key = key
        self.reason = reason
class NoSuper(ValueError):
    def __init__(self, a, b):
        self.total = a + b
class Quiet(Exception):
    def __str__(self):
        return "quiet!"
    def __repr__(self):
        return "<Quiet>"
class MyOSError(OSError):
    pass
class MyKeyError(KeyError):
    pass
class MyExit(SystemExit):
    pass
class MyStop(StopIteration):
    pass
e = ConfigError("port", "not a number")
print(repr(e), str(e), e.args, e.key, e.reason, isinstance(e, AppError), AppError.__doc__)
n = NoSuper(1, 2)
print(repr(n), n.args, n.total, str(n))
q = Quiet("x")
print(str(q), repr(q), q.args, BaseException.__str__(q), Exception.__repr__(q))
o = MyOSError(2, "gone", "f.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, str(o), o.args)
k = MyKeyError("k")
print(str(k), repr(k))
print(MyExit(4).code, MyStop(9).value)
try:
    raise ConfigError("host", "missing")
except AppError as err:
    print("caught as AppError:", err, type(err).__name__)
try:
    raise Quiet
except Quiet as err:
    print("raised class:", repr(err), err.args)
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.created = True
        return self
w = WithNew(1)
print(w.created, w.args)
class EG(ExceptionGroup):
    def derive(self, excs):
        return EG(self.message, excs)
eg = EG("custom", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(eg).__name__, type(m).__name__, type(r).__name__, repr(m))
try:
    raise EG("g", [ConfigError("a", "b"), Quiet()])
except* AppError as g:
    print("except* caught", type(g).__name__, g.exceptions)
except* Quiet as g:
    print("except* quiet", g.exceptions)
e.add_note("a note on a subclass")
print(e.__notes__, e.__dict__)
print(ConfigError.__mro__)
raise ConfigError("timeout", "negative")
