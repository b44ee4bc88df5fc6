# exception state and generators: __context__ of thrown exceptions, bare raise of the generator's
# own exception, tracebacks whose tb_frame is the generator's frame.
import sys

# an exception thrown in while the generator is in an except block gets it as __context__
def ctx():
    try:
        raise OSError("first")
    except OSError:
        yield
g = ctx()
next(g)
try:
    g.throw(ValueError("second"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

# a bare raise inside a generator re-raises the generator's own exception
def reraise():
    try:
        raise IndexError("own")
    except IndexError:
        yield "paused in handler"
        raise
g = reraise()
next(g)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(g)
    except IndexError as e:
        print("re-raised", repr(e), "context", repr(e.__context__))

# tb_frame of a traceback from a generator is the generator's frame
def bad():
    yield
    raise RuntimeError("x")
b = bad()
frame = b.gi_frame
next(b)
try:
    next(b)
except RuntimeError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        last = tb
        tb = tb.tb_next
    print(frames, last.tb_frame is frame, b.gi_frame)
