# __str__ / __repr__ overrides show in tracebacks; super().__str__() reaches BaseException's
class Base(Exception):
    pass

class Detailed(Base):
    def __init__(self, what, code):
        super().__init__(what)
        self.code = code

    def __str__(self):
        return f"{super().__str__()} (code {self.code})"

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

try:
    raise Detailed("disk full", 28)
except Base as e:
    print(e, "|", repr(e), "|", e.args)

def trigger():
    raise Detailed("quota exceeded", 122)

try:
    trigger()
except Detailed as e:
    print("handled", e.code)
try:
    raise Broken("b")
except Broken as e:
    print(repr(e))
raise Detailed("final", 1) from Broken("cause")
