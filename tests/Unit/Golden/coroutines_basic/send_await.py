# Coroutines driven by hand: await on coroutines and on __await__ objects, send values in, return values out.
class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def leaf(x):
    got = await Suspend(("leaf", x))
    return got * 2


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b


c = middle()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("returned", e.value)

# a coroutine that never suspends
async def immediate():
    return "now"

c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate", e.value, e.args)

# returning None: StopIteration without args
async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("nothing", e.value, e.args)
