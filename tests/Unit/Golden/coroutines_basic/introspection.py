# Coroutine objects: repr, names, cr_* attributes across the life of a coroutine.
import types


@types.coroutine
def pause():
    yield "paused"


async def inner():
    await pause()
    return 1


async def outer(arg):
    x = await inner()
    return x + arg


c = outer(5)
print(repr(c).startswith("<coroutine object outer at 0x"))
print(type(c), type(c).__name__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_code is outer.__code__, c.cr_code.co_name)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_locals)
print(c.send(None))
print(c.cr_running, c.cr_suspended)
aw = c.cr_await
print(type(aw).__name__, aw.__qualname__, type(aw.cr_await).__name__)
print(c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__, repr(c).startswith("<coroutine object Q.renamed at"))
try:
    c.__name__ = 3
except TypeError as e:
    print(e)
print(outer.__code__.co_flags & 0x80 != 0, pause.__code__.co_flags & 0x100 != 0)
print(type(c) is types.CoroutineType)


async def running_check():
    return me.cr_running

me = running_check()
try:
    me.send(None)
except StopIteration as e:
    print("running inside", e.value)
