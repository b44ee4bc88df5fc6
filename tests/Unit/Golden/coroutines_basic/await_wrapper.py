# coroutine.__await__() gives a coroutine_wrapper iterator: next/send/throw/close and yield from it.
import types


@types.coroutine
def ask(q):
    return (yield q)


async def conversation():
    a = await ask("name?")
    b = await ask("age?")
    return f"{a} is {b}"


w = conversation().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("Ann"))
try:
    w.send(33)
except StopIteration as e:
    print(e.value)

w = conversation().__await__()
print(next(w))
try:
    w.throw(ValueError("bad answer"))
except ValueError as e:
    print("thrown", e)

w = conversation().__await__()
next(w)
print(w.close())
try:
    next(w)
except RuntimeError as e:
    print(e)


def driver():
    result = yield from conversation().__await__()
    print("driver got", result)

d = driver()
print(next(d))
print(d.send("Bob"))
try:
    d.send(7)
except StopIteration:
    print("driver done")
