# an exception raised while handling another gets the handled one as __context__
def f():
    try:
        {}["missing"]
    except KeyError:
        return undefined_name

try:
    f()
except NameError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)

def g():
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
try:
    g()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise OSError("third")
try:
    h()
except OSError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
h()
