# throw() and close() are delegated to the subgenerator of a yield from.
def inner():
    try:
        while True:
            try:
                yield "inner"
            except ValueError as e:
                print("inner handled", e)
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("closed", g.gi_frame)

def inner2():
    yield 1
    return "inner2 value"

def outer2():
    try:
        r = yield from inner2()
        print("got", r)
    except KeyError:
        print("outer2 caught KeyError")
        yield "recovered"

g = outer2()
next(g)
print(g.throw(KeyError))

def inner3():
    try:
        yield 1
    except IndexError:
        return "returned from throw"

def outer3():
    r = yield from inner3()
    yield r

g = outer3()
next(g)
print(g.throw(IndexError))

# a delegate without throw(): raised in the delegating generator
def outer4():
    try:
        yield from iter([1, 2])
    except OSError as e:
        yield "outer4 caught %s" % e

g = outer4()
next(g)
print(g.throw(OSError("disk")))

class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return 42
    def close(self):
        print("Closable.close called")

def outer5():
    yield from Closable()

g = outer5()
print(next(g))
g.close()
print(g.gi_yieldfrom if g.gi_frame else "done")
