# async with: __aexit__ awaits during exception handling, replaces or chains exceptions, sees return/break.
import types


@types.coroutine
def pause(tag):
    yield tag


class Tracker:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await pause(f"{self.name} exiting")
        print(self.name, "exit:", typ and typ.__name__, val)
        if self.action == "replace":
            raise RuntimeError(f"{self.name} replaced")
        return self.action == "suppress"


async def scenario(name, action, body):
    try:
        async with Tracker(name, action):
            body()
        print(name, "completed")
    except Exception as e:
        print(name, "raised", repr(e), "context:", repr(e.__context__))


def fail():
    raise ValueError("body failed")


def ok():
    pass


def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


run(scenario("plain", None, fail))
run(scenario("suppress", "suppress", fail))
run(scenario("replace", "replace", fail))
run(scenario("replace-ok", "replace", ok))


async def nested_return():
    async with Tracker("outer"):
        async with Tracker("inner"):
            return "returned"

print(run(nested_return()))


async def in_loop():
    out = []
    for i in range(3):
        async with Tracker(f"loop{i}"):
            if i == 1:
                continue
            out.append(i)
    return out

print(run(in_loop()))
