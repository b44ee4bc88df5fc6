# Deeply nested delegation keeps order and return values.
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from level(n - 1)
    yield "level %d" % n
    return got + n

def top():
    total = yield from level(30)
    yield total

items = list(top())
print(len(items), items[0], items[1], items[-2], items[-1])

def countdown(n):
    while n > 0:
        yield n
        n -= 1

def repeat_countdowns(k):
    for i in range(k):
        yield from countdown(i)

print(list(repeat_countdowns(5)))
