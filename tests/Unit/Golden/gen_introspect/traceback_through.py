# tracebacks through generators: printed by the interpreter and by the traceback module.
import traceback, sys

def failing(n):
    yield n
    yield 1 / (n - n)

def middle():
    yield from failing(3)

def consumer():
    return list(middle())

try:
    consumer()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

# extract_tb gives names and lines
try:
    consumer()
except ZeroDivisionError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)

# an exception thrown in: the traceback shows the throw site and the yield
def waiting():
    yield "w"
g = waiting()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError:
    traceback.print_exc(file=sys.stdout)

# traceback.format_stack inside a generator shows the resumer
def stacky():
    yield "".join(traceback.format_stack(limit=3))
def resumer():
    return next(stacky())
print(resumer())

# an exception raised on a later resume, from a different caller
def later():
    yield 1
    raise ValueError("second resume")
g = later()
def a():
    return next(g)
def b():
    return next(g)
a()
try:
    b()
except ValueError:
    traceback.print_exc(file=sys.stdout)
