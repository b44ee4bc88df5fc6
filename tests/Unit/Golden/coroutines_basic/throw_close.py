# throw() and close() on coroutines, delegated through await chains; finally blocks run.
import types


@types.coroutine
def pause(tag):
    try:
        yield tag
    finally:
        print("pause finally", tag)


async def inner():
    try:
        await pause("in")
    except KeyError as e:
        print("inner caught", repr(e))
        await pause("recovered")
        return "inner result"


async def outer():
    try:
        r = await inner()
        print("outer got", r)
        await pause("last")
    finally:
        print("outer finally")


c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.send(None))
print(c.close())
print(c.cr_frame)

c = outer()
c.send(None)
try:
    c.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", e)

# close on a coroutine that was never started, and on a finished one, is silent
async def simple():
    return 1

s = simple()
print(s.close(), s.cr_frame)
s = simple()
try:
    s.send(None)
except StopIteration:
    pass
print(s.close())


async def stubborn():
    ignored = 0
    while ignored < 2:
        try:
            await pause("again")
        except GeneratorExit:
            ignored += 1
            print("ignoring exit", ignored)
    return ignored

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_suspended)
print(c.close(), c.cr_frame)
