# An abandoned suspended generator is closed when collected: finally blocks and __exit__ run (del + gc.collect()).
import gc
import sys


def report(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "in", u.object.__qualname__, u.err_msg)


sys.unraisablehook = report


def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = with_finally("a")
print(next(g))
del g; gc.collect()
print("after a")


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit with", typ.__name__)
        return False


def with_block():
    with Resource():
        yield "inside"


g = with_block()
print(next(g))
del g; gc.collect()
print("after with")


def outside_try():
    yield 1
    try:
        yield 2
    finally:
        print("never printed: the generator was dropped before the try")


g = outside_try()
next(g)
del g; gc.collect()
print("after outside_try")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return


g = catches_exit()
next(g)
del g; gc.collect()


def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
del g; gc.collect()


def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


g = raises_in_finally()
next(g)
del g; gc.collect()


def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
del g; gc.collect()

# finished or closed generators are not finalized again
g = with_finally("b")
next(g)
g.close()
del g; gc.collect()
print("done")
