# throw() with a traceback argument, and the traceback of thrown exceptions.
import sys

def g():
    try:
        yield 1
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        yield names

try:
    raise ValueError("with tb")
except ValueError as e:
    saved = e
    saved_tb = e.__traceback__

it = g()
next(it)
print(it.throw(ValueError, saved, saved_tb))

it = g()
next(it)
print(it.throw(ValueError("fresh")))

it = g()
next(it)
try:
    it.throw(ValueError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
print(next(it))
