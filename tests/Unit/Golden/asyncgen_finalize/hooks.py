# Async generators dropped while suspended: the finalizer hook from sys.set_asyncgen_hooks is called; without one they are closed.
import gc
import sys


async def ticker(name):
    try:
        print("ticker yields 1")
        yield 1
        yield 2
    finally:
        print("ticker finally", name)


finalized = []


def finalizer(agen):
    print("finalizer hook for", agen.__qualname__, agen.ag_frame is not None)
    finalized.append(agen)


def step(awaitable):
    # drives an awaitable that never suspends, from a function (no reference outlives the call)
    for _ in awaitable:
        pass


sys.set_asyncgen_hooks(finalizer=finalizer)
g = ticker("hooked")
step(anext(g))
del g; gc.collect()
print("hook saw", len(finalized))
# the hook keeps it alive; closing it runs the finally
step(finalized[0].aclose())
finalized.clear(); gc.collect()

sys.set_asyncgen_hooks(finalizer=None)
g = ticker("unhooked")
step(anext(g))
del g; gc.collect()
print("end")
