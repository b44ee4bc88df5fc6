# async for on objects without the asynchronous iteration protocol; errors raised from __anext__.
class NoAiter:
    pass


class AiterReturnsPlain:
    def __aiter__(self):
        return [1, 2]


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class AnextRaises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from anext")


async def loop(obj):
    async for x in obj:
        print("item", x)


for obj in [NoAiter(), AiterReturnsPlain(), AnextNotAwaitable(), AnextRaises(), [1, 2]]:
    try:
        loop(obj).send(None)
    except (TypeError, KeyError) as e:
        print(type(obj).__name__, "->", type(e).__name__, e, "| cause:", repr(e.__cause__))


def sync_for():
    for x in AnextRaises():
        pass

try:
    sync_for()
except TypeError as e:
    print(e)
