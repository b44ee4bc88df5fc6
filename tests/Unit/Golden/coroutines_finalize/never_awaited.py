# "coroutine ... was never awaited": a RuntimeWarning when a coroutine that never ran is collected.
import gc
import sys
import warnings


async def fetch(n):
    return n


class Holder:
    async def method(self):
        pass


c = fetch(1)
del c; gc.collect()
print("after first")

m = Holder().method()
del m; gc.collect()

# a coroutine that ran is not warned about; neither is a closed one
c = fetch(2)
try:
    c.send(None)
except StopIteration as e:
    print("ran to", e.value)
del c; gc.collect()
c = fetch(3)
c.close()
del c; gc.collect()
print("no warnings above")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = fetch(4)
    del c; gc.collect()
print([(w.category.__name__, str(w.message)) for w in caught])


def report(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "| object:", u.object.__qualname__)


sys.unraisablehook = report
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = fetch(5)
    del c; gc.collect()
print("end")
