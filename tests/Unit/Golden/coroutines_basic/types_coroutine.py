# types.coroutine: generator functions become awaitable; other callables' generator results are wrapped.
import types


@types.coroutine
def gen_based():
    received = yield "from generator"
    return received * 2


async def native():
    return await gen_based()


print(type(gen_based()).__name__, bool(gen_based.__code__.co_flags & 0x100))
c = native()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)


class Iterish:
    def __init__(self):
        self.sent = []

    def __iter__(self):
        return self

    def __next__(self):
        return "iterish next"

    def send(self, v):
        self.sent.append(v)
        raise StopIteration(f"sent {v}")

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass


def returns_generator():
    def inner():
        v = yield "wrapped gen"
        return v
    return inner()


wrapped = types.coroutine(returns_generator)
w = wrapped()
print(type(w).__name__, w.gi_code.co_name, w.cr_code is w.gi_code, w.__name__)


async def uses_wrapped():
    return await wrapped()

c = uses_wrapped()
print(c.send(None))
try:
    c.send("payload")
except StopIteration as e:
    print("wrapped result", e.value)

passthrough = types.coroutine(lambda: 42)
print(passthrough())
print(types.coroutine(native) is native)
try:
    types.coroutine(1)
except TypeError as e:
    print(e)


@types.coroutine
def delegating():
    return (yield from native())

d = delegating()
print(d.send(None))
try:
    d.send(5)
except StopIteration as e:
    print("delegated", e.value)
