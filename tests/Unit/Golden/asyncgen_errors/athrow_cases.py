# athrow() and aclose() in their different states: caught by the generator, on unstarted and finished generators.
import types


@types.coroutine
def pause(tag):
    yield tag


async def resilient():
    while True:
        try:
            yield "value"
        except ValueError as e:
            print("resilient caught", e)
            await pause("handling")
            yield "recovered"


def run(aw):
    try:
        while True:
            print("  suspended:", aw.send(None))
    except StopIteration as e:
        return e.value


g = resilient()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("v1"))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError, ValueError("v2"))))
print(run(g.__anext__()))
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError escaped", e)
print(g.ag_frame)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("finished generator: StopAsyncIteration")
try:
    run(g.athrow(ValueError))
except StopAsyncIteration:
    print("athrow on closed: StopAsyncIteration")
print(run(g.aclose()))

u = resilient()
print("aclose unstarted:", run(u.aclose()))
try:
    run(u.__anext__())
except StopAsyncIteration:
    print("after aclose: StopAsyncIteration")

u = resilient()
try:
    run(u.athrow(TypeError("into unstarted")))
except TypeError as e:
    print("athrow unstarted raised", e)
print(u.ag_frame)


async def cleanup_awaits():
    try:
        yield 1
    finally:
        print("cleanup starts")
        await pause("cleanup await")
        print("cleanup ends")

c = cleanup_awaits()
run(c.__anext__())
closer = c.aclose()
print(run(closer))
try:
    closer.send(None)
except RuntimeError as e:
    print(e)
