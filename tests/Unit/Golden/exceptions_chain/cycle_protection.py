# context cycles are broken when set, and the printer never loops
def make():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = b
            print(b.__context__ is a, a.__context__ is b)
            raise a

try:
    make()
except ValueError as e:
    print("caught", repr(e), repr(e.__context__), repr(e.__context__.__context__))

x = KeyError("x")
y = IndexError("y")
x.__context__ = y
y.__context__ = x
raise x
