# try/finally and with blocks inside generators run at the right moments.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

def reader():
    with Resource("file"):
        yield "line 1"
        yield "line 2"
    print("after with")

for line in reader():
    print(line)

r = reader()
print(next(r))
r.close()

r = reader()
next(r)
try:
    r.throw(OSError)
except OSError:
    print("OSError reached the caller")

def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
        yield 2
    finally:
        print("outer finally")

g = nested_finally()
print(next(g), next(g))
g.close()

def return_in_try():
    try:
        yield 1
        return "value"
    finally:
        print("finally before StopIteration")

g = return_in_try()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"

print(list(yield_in_finally()))
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
