# return in a generator: the value travels in StopIteration.value; for loops ignore it.
def g():
    yield 1
    return "done"

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value), e.args)

it = g()
next(it)
try:
    it.send(None)
except StopIteration as e:
    print("send value:", e.value)

print(list(g()))
for x in g():
    print("loop", x)

def ret_tuple():
    return (1, 2)
    yield

try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)

def ret_none():
    yield 1
    return None

it = ret_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print("none:", e.value, e.args)

# an exhausted generator keeps raising plain StopIteration
try:
    next(it)
except StopIteration as e:
    print("again:", e.args)
