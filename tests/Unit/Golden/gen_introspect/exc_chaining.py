# exception chaining through generators: __context__ from the resumer's handled exception and from
# the generator's own, genexps inside except blocks, bare raise in a generator.
def g():
    yield 1
    raise KeyError("in gen")
def h():
    yield 1
    try:
        raise OSError("gen own")
    except OSError:
        yield 2
        raise KeyError("in gen handler")
x = g(); next(x)
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(x)
    except KeyError as e:
        print(repr(e), repr(e.__context__))
y = h(); next(y); next(y)
try:
    raise ValueError("caller2")
except ValueError:
    try:
        next(y)
    except KeyError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
# a genexp evaluated inside an except block: its errors chain to the handled exception
try:
    raise ValueError("outer")
except ValueError:
    try:
        list(1 / v for v in (1, 0))
    except ZeroDivisionError as e:
        print(repr(e.__context__))
# bare raise inside a generator with no exception of its own but resumed in caller's handler
def bare():
    yield
    raise
b = bare(); next(b)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        next(b)
    except IndexError as e:
        print("bare raise re-raised", repr(e))
b = bare(); next(b)
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError", e)
