# several threads pulling from one generator under a lock: each item is produced exactly once.
import threading

def numbers(n):
    for i in range(n):
        yield i

gen = numbers(1000)
lock = threading.Lock()
taken = {}

def consume(name):
    mine = []
    while True:
        with lock:
            item = next(gen, None)
        if item is None:
            break
        mine.append(item)
    taken[name] = mine

threads = [threading.Thread(target=consume, args=(f"w{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(x for items in taken.values() for x in items)
print(len(everything), everything == list(range(1000)))
print(all(items == sorted(items) for items in taken.values()))
print(sorted(taken))

# a generator wrapped in a thread-safe iterator class
class Locked:
    def __init__(self, it):
        self.it = it
        self.lock = threading.Lock()
    def __iter__(self):
        return self
    def __next__(self):
        with self.lock:
            return next(self.it)

def squares():
    for i in range(200):
        yield i * i
shared = Locked(squares())
sums = []
def summer():
    sums.append(sum(shared))
threads = [threading.Thread(target=summer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(sums), sum(i * i for i in range(200)))
