# Async generator attributes: names, repr, ag_code, ag_frame, ag_running and ag_await across its life.
import types


@types.coroutine
def pause():
    yield "paused"


async def agen(x):
    await pause()
    yield x
    yield x + 1


g = agen(10)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.ag_code is agen.__code__, g.ag_code.co_flags & 0x200 != 0, g.ag_running, g.ag_await)
print(g.ag_frame.f_code.co_name, g.ag_frame.f_locals)
step = g.__anext__()
print(step.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running, g.ag_await)
print(type(g.__aiter__()) is type(g), g.__aiter__() is g)
print(type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<async_generator object agen at"))
print(type(g) is types.AsyncGeneratorType)


class Holder:
    async def method_gen(self):
        yield self

h = Holder().method_gen()
print(h.__qualname__)
