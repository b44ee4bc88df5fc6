# async with on objects that are not asynchronous context managers, or whose methods are not awaitable.
class NoAsync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return "not awaitable"


async def use(mgr):
    async with mgr:
        print("inside", type(mgr).__name__)


for mgr in [NoAsync(), OnlyEnter(), SyncEnter(), SyncExit(), 5]:
    try:
        use(mgr).send(None)
    except TypeError as e:
        print(type(mgr).__name__, "->", e)
    except StopIteration:
        print(type(mgr).__name__, "-> ok")


def plain():
    with OnlyEnter():
        pass

try:
    plain()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
