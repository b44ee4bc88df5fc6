# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression, nesting.
import types


@types.coroutine
def pause(tag):
    yield tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await pause(f"enter {self.name}")
        print("entered", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await pause(f"exit {self.name}")
        print("exited", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def main():
    async with Manager("a") as a:
        print("body", a)
    async with Manager("b") as b, Manager("c") as c:
        print("body", b, c)
    async with Manager("quiet", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with Manager("loud"):
            raise ValueError("visible")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return "done"


def run(c):
    try:
        while True:
            print("yielded:", c.send(None))
    except StopIteration as e:
        return e.value


print(run(main()))


async def returns_inside():
    async with Manager("ret"):
        return "from inside"

print(run(returns_inside()))
