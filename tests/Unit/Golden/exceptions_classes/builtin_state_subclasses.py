# subclasses of OSError, ImportError, NameError, SyntaxError, SystemExit keep their fields
class ConfigMissing(OSError):
    def __init__(self, path):
        super().__init__(2, "config missing", path)
        self.path = path
e = ConfigMissing("/etc/app.conf")
print(e.args, e.errno, e.filename, str(e), e.path)
class Both(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
b = Both(13, "denied", "x")
print(b.args, b.errno, str(b))
class Imp(ImportError):
    pass
i = Imp("no mod", name="m", path="p")
print(i.name, i.path, i.msg, str(i))
class Nm(NameError): pass
print(Nm("x", name="y").name)
class SE(SyntaxError): pass
s = SE("m", ("f.py", 1, 2, "t"))
print(s.filename, s.lineno, str(s))
class Ex(SystemExit): pass
print(Ex(3).code)
try:
    OSError(1, 2, x=3)
except TypeError as t:
    print(t)
raise ConfigMissing("/x")
