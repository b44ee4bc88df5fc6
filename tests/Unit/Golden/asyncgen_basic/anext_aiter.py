# Builtins aiter() and anext(), with and without a default; their errors.
async def gen():
    yield "a"
    yield "b"


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(gen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c), await anext(c, None), await anext(c, "done"), await anext(c, "done"))
    print(type(anext(gen(), 0)).__name__)
    return "finished"


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))


class BadAiter:
    def __aiter__(self):
        return 1


for what, action in [
    ("aiter(1)", lambda: aiter(1)),
    ("aiter(BadAiter())", lambda: aiter(BadAiter())),
    ("anext(1)", lambda: anext(1)),
    ("anext([])", lambda: anext([])),
    ("anext()", lambda: anext()),
    ("anext(a, b, c)", lambda: anext(1, 2, 3)),
    ("aiter()", lambda: aiter()),
]:
    try:
        action()
    except TypeError as e:
        print(what, "->", e)
