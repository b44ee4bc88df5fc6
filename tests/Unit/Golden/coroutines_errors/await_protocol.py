# Awaiting objects with __await__: generator methods, plain iterators without throw/close, errors thrown through them.
class GenAwait:
    def __await__(self):
        got = yield "gen-await"
        return f"GenAwait got {got}"


class IterAwait:
    def __init__(self):
        self.items = ["first", "second"]

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self.items:
            return self.items.pop(0)
        raise StopIteration("iter done")


async def main():
    print(await GenAwait())
    print(await IterAwait())
    return "ok"


def run(c, values=()):
    values = list(values)
    try:
        v = c.send(None)
        while True:
            print("yielded", v)
            v = c.send(values.pop(0) if values else None)
    except StopIteration as e:
        return e.value


print(run(main(), ["x"]))


async def waits_on_iter():
    try:
        await IterAwait()
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"

c = waits_on_iter()
print(c.send(None))
try:
    c.throw(KeyError("no throw method on the iterator"))
except StopIteration as e:
    print(e.value)

c = waits_on_iter()
c.send(None)
print(c.close(), c.cr_frame)


class BadAwait:
    __await__ = None


async def bad():
    await BadAwait()

try:
    bad().send(None)
except TypeError as e:
    print(e)


async def awaits_generator():
    def g():
        yield 1
    await g()

try:
    awaits_generator().send(None)
except TypeError as e:
    print(e)
