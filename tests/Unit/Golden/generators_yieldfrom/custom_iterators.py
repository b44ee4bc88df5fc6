# yield from over user iterators: StopIteration values, send/throw/close methods.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown finished")
        self.n -= 1
        return self.n

def wrapper():
    r = yield from Countdown(3)
    yield "result: %s" % r

print(list(wrapper()))

class Iterable:
    def __iter__(self):
        return iter([7, 8])

def over_iterable():
    r = yield from Iterable()
    yield r

print(list(over_iterable()))

class Full:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        self.log.append(("send", v))
        return "sent %s" % v
    def throw(self, *args):
        self.log.append(("throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__))
        raise StopIteration("stopped by throw")
    def close(self):
        self.log.append(("close",))

full = Full()
def deleg():
    r = yield from full
    yield "after: %s" % r

d = deleg()
print(next(d), d.send(1), d.throw(KeyError))
d2 = deleg()
next(d2)
d2.close()
print(full.log)

try:
    def bad():
        yield from 5
    next(bad())
except TypeError as e:
    print("TypeError:", e)
