# contextmanager edge cases: BaseExceptions through the generator, PEP 479 inside a manager, ExitStack
# with non-managers and generator close callbacks, closing(), the manager's names and arguments.
from contextlib import contextmanager, ExitStack, closing, suppress, AbstractContextManager
import sys
@contextmanager
def cm():
    try:
        yield
    except BaseException as e:
        print("cm saw", type(e).__name__)
        raise
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration, StopAsyncIteration):
    try:
        with cm():
            raise exc("x")
    except BaseException as e:
        print("outside", type(e).__name__, e)
# a generator body that turns the thrown exception into StopIteration (PEP 479 -> RuntimeError)
@contextmanager
def leaky():
    try:
        yield
    except ValueError:
        raise StopIteration("leaked")
try:
    with leaky():
        raise ValueError
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
# RuntimeError raised inside the block whose cause is a StopIteration: propagated as-is
@contextmanager
def plain():
    yield
try:
    with plain():
        try:
            raise StopIteration("s")
        except StopIteration as s:
            raise RuntimeError("wrapped") from s
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
with ExitStack() as st:
    try:
        st.enter_context(5)
    except TypeError as e:
        print(e)
class Res:
    def close(self): print("Res closed")
with closing(Res()):
    pass
cmobj = cm()
print(isinstance(cmobj, AbstractContextManager), type(cmobj).__name__)
print(cm.__name__, cm.__wrapped__.__name__)
@contextmanager
def args(a, *b, k=1, **kw):
    yield (a, b, k, kw)
with args(1, 2, k=3, z=4) as v:
    print(v)
# the traceback seen by the generator includes the with block's frame lines
@contextmanager
def tbcheck():
    try:
        yield
    except Exception as e:
        tb = e.__traceback__
        print([tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno])
        raise
def body():
    with tbcheck():
        x = 1
        raise KeyError
try:
    body()
except KeyError:
    pass
# ExitStack.callback with generator close
def gen():
    try:
        yield
    finally:
        print("gen closed by stack")
g = gen(); next(g)
with ExitStack() as st:
    st.callback(g.close)
    print("in stack")
# suppress and generators: suppressing StopIteration from next()
it = iter([])
with suppress(StopIteration):
    next(it)
print("suppressed StopIteration")
