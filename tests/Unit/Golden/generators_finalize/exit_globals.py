# At exit, generators and coroutines still held by __main__'s globals are finalized as CPython clears the module: _names first, then the rest in order, held ones last
import sys


def gen(name, is_finalizing=sys.is_finalizing):
    try:
        yield 1
    finally:
        print("finally", name, "finalizing:", is_finalizing())


async def never_awaited():
    pass


z = gen("z")
next(z)
_private = gen("_private")
next(_private)
y = gen("y")
next(y)
alias = y
unstarted = gen("unstarted")
held = [gen("held in a list")]
next(held[0])
c = never_awaited()
x = gen("x")
next(x)
done = gen("done")
next(done)
done.close()
print("end of main, finalizing:", sys.is_finalizing())
