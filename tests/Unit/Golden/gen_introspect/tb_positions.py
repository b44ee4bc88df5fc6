# traceback positions through generator frames: genexps in class bodies, multi-line genexps and yield
# expressions, errors in a generator's return expression.
import traceback, sys
class C:
    data = [1, 2, 0]
    gen = (10 // x for x in data)
    print(gen.__qualname__)
    try:
        values = list(gen)
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
def multi():
    return list(
        (a, b)
        for a in range(2)
        for b in (
            1 // a,
        )
    )
try:
    multi()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
def yielder():
    yield (
        1,
        2 // 0,
    )
try:
    next(yielder())
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
def ret_in_gen():
    yield 1
    return {
        "k": undefined_name,
    }
g = ret_in_gen(); next(g)
try:
    next(g)
except NameError:
    traceback.print_exc(file=sys.stdout)
