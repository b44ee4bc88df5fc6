# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs on the first iteration of each async generator.
import sys

print(sys.get_asyncgen_hooks())
seen = []


def firstiter(agen):
    seen.append(agen.__name__)
    print("firstiter", agen.__qualname__)


def finalizer(agen):
    print("finalizer", agen.__name__)


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter, len(hooks))
print(type(hooks).__name__)


async def gen():
    yield 1
    yield 2


kept = []


async def main():
    g = gen()
    kept.append(g)  # still suspended at exit: kept alive so no finalizer runs mid-script
    print("created", seen)
    print(await g.__anext__())
    print(await g.__anext__())
    print("after two", seen)
    async for _ in gen():
        pass
    h = gen()
    await h.aclose()
    print(seen)


try:
    main().send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(finalizer=None)

sys.set_asyncgen_hooks(firstiter=None, finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kwargs in [{"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}]:
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(bogus=None)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks() == (None, None))
