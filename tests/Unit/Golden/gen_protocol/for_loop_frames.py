# for loops over generators: the frame FOR_ITER runs inline (f_back, tracebacks, PEP 479, re-entry, exc state, recursion)
import sys
def gen(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        print("finally", i)
print(sum(x for x in gen(5)))
for x in gen(3):
    print(x, sys._getframe().f_code.co_name)
def g2():
    yield 1
    raise StopIteration
try:
    for v in g2(): print("v", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def g3():
    yield 1
    f = sys._getframe()
    print("back", f.f_back.f_code.co_name, f.f_back.f_lineno)
    yield 2
    1/0
def main():
    try:
        for v in g3(): print("v", v)
    except ZeroDivisionError:
        import traceback; traceback.print_exc()
main()
g = gen(10)
next(g)
for x in g:
    if x == 2: break
print("after break", g.gi_running, g.gi_frame.f_lineno)
g.close()
def outer():
    for a in inner():
        yield a * 10
def inner():
    yield 1; yield 2
print(list(outer()))
def reent():
    for x in me: yield x
me = reent()
try: next(me)
except ValueError as e: print("ValueError", e)
def ex():
    try:
        raise KeyError(1)
    except KeyError:
        for x in exgen(): print("in handler", x, sys.exc_info()[0].__name__)
def exgen():
    print("gen sees", sys.exc_info()[0])
    yield 1
    try: raise ValueError
    except ValueError: yield 2
ex()
def chain(n):
    if n == 0:
        yield 0
        return
    for x in chain(n - 1):
        yield x + 1
print(list(chain(50))[-1])
sys.setrecursionlimit(120)
try:
    print(list(chain(500)))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
def counting():
    for k in range(3):
        yield k
it = counting()
print([next(it)] + [x for x in it], it.gi_frame)
def thrower():
    yield 1
    yield 2
t = thrower()
for x in t:
    try:
        t.throw(KeyError("inside"))
    except KeyError as e:
        print("caught", repr(e), x)
    except ValueError as e:
        print("ValueError", e)
def handler_gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit")
        raise
hg = handler_gen()
for x in hg:
    break
del hg
import gc; gc.collect()
print("done")
