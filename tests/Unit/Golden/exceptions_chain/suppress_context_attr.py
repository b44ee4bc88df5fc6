# setting __cause__ / __suppress_context__ by hand changes what the traceback shows
try:
    try:
        1 / 0
    except ZeroDivisionError:
        e = ValueError("manual")
        e.__suppress_context__ = True
        raise e
except ValueError as v:
    print(repr(v.__context__), v.__suppress_context__)

err = RuntimeError("outer")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__)
try:
    err.__cause__ = "no"
except TypeError as t:
    print(t)
try:
    err.__context__ = 1
except TypeError as t:
    print(t)
err.__suppress_context__ = False
print(err.__suppress_context__)
raise err
