# raising while handling an exception whose context chain already loops does not hang
a = KeyError("a")
b = IndexError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except KeyError:
        raise ValueError("new")
except ValueError as v:
    print(repr(v.__context__), repr(v.__context__.__context__), repr(v.__context__.__context__.__context__))
try:
    raise a
except KeyError:
    raise TypeError("uncaught")
