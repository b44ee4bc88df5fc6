# __name__/__qualname__ of generators, coroutines and async generators: writable per object, shown by dir(), never shadowing the type's own name
def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Holder:
    def method(self):
        yield 2


for obj in (gen(), coro(), agen(), Holder().method()):
    t = type(obj)
    print(t.__name__, t.__qualname__, obj.__name__, obj.__qualname__)
    print([n for n in ("__del__", "__name__", "__qualname__") if n in dir(obj)])
    print(type(t.__dict__["__name__"]).__name__, t.__dict__["__qualname__"])
    obj.__name__ = "renamed"
    obj.__qualname__ = "Q.renamed"
    print(obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0])
    for bad in (3, None):
        try:
            obj.__qualname__ = bad
        except TypeError as e:
            print("TypeError:", e)
    try:
        del obj.__name__
    except TypeError as e:
        print("TypeError:", e)
    if hasattr(obj, "close"):
        obj.close()
print(sorted(set(dir(gen())) - set(dir(object))))


class K:
    __name__ = "notK"
    __qualname__ = "alsoNotK"


print(K.__name__, K.__qualname__, K.__dict__["__name__"], "__qualname__" in K.__dict__)
