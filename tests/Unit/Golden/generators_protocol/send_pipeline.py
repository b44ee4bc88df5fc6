# Coroutine-style generators: averaging, state machines, two-way communication.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            return (count, average)
        total += term
        count += 1
        average = total / count

a = averager()
next(a)
for v in (10, 30, 5):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)

def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

t = turnstile()
print(next(t), [t.send(e) for e in ["push", "coin", "coin", "push", "push"]])
