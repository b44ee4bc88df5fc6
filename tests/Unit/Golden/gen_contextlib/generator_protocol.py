# how contextmanager drives the generator: next() on enter, next() or throw() on exit,
# with the traceback of the body's exception; the generator's frame during the with block.
from contextlib import contextmanager
import sys, traceback

@contextmanager
def spy():
    frame = sys._getframe()
    print("enter: caller is", frame.f_back.f_code.co_name)
    try:
        yield frame
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("exit with", type(e).__name__, names)
        raise
    else:
        print("exit: caller is", frame.f_back.f_code.co_name)

def use(fail):
    with spy() as f:
        print("in block, generator frame lineno offset", f.f_lineno - spy.__wrapped__.__code__.co_firstlineno)
        if fail:
            raise ValueError("from use")

use(False)
try:
    use(True)
except ValueError:
    traceback.print_exc(file=sys.stdout)

cm = spy()
print(type(cm).__name__, cm.gen.__name__, cm.gen.gi_frame is not None)
with cm:
    print("running:", cm.gen.gi_running, "suspended:", cm.gen.gi_suspended)
print("after:", cm.gen.gi_frame)
