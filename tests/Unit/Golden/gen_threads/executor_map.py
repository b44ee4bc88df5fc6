# concurrent.futures with generators: map over a generator input, futures returning generator output.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

def inputs(n):
    for i in range(n):
        yield i

def work(x):
    return sum(v * x for v in range(5))

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(work, inputs(8))))
    # results generator returned by map is lazy, consumed in order
    results = ex.map(work, (i * 2 for i in range(4)))
    print(type(results).__name__, next(results), list(results))

# each task builds and exhausts its own generator on its own thread
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

with ThreadPoolExecutor(max_workers=4) as ex:
    futures = {ex.submit(lambda n=n: len(list(collatz(n)))): n for n in (6, 7, 27, 97)}
    done = sorted((futures[f], f.result()) for f in as_completed(futures))
print(done)

# a generator passed to a worker and resumed there, then continued on the main thread
def seq():
    for i in range(6):
        yield i
s = seq()
with ThreadPoolExecutor(max_workers=1) as ex:
    first_half = ex.submit(lambda: [next(s) for _ in range(3)]).result()
print(first_half, list(s))
