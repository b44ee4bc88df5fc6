# Executor.map: results in argument order, several iterables, exceptions when reached, timeout.
from concurrent.futures import ThreadPoolExecutor
import time

def slow_square(x):
    time.sleep(0.001 * (5 - x % 5))
    return x * x

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(slow_square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))          # shortest iterable wins
    print(list(ex.map(str, [])))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("raised after", got, ":", e)
    print(list(ex.map(abs, [-1, -2], timeout=10)))
    print(list(ex.map(len, ["a", "bb"], chunksize=5)))

import concurrent.futures as cf
with ThreadPoolExecutor(1) as ex:
    try:
        next(ex.map(time.sleep, [0.5], timeout=0.01))
    except cf.TimeoutError:
        print("map timed out")
print(cf.TimeoutError is TimeoutError)
