# generator pipelines: lazy stages composed; closing the outermost stage closes every upstream one.
def numbers(log):
    try:
        n = 0
        while True:
            log.append(f"produce {n}")
            yield n
            n += 1
    finally:
        log.append("numbers closed")

def evens(src, log):
    try:
        for n in src:
            if n % 2 == 0:
                yield n
    finally:
        log.append("evens closed")
        # explicit, so as not to depend on reference-counting finalization of the source
        src.close()

def squared(src):
    try:
        for n in src:
            yield n * n
    finally:
        if hasattr(src, "close"):
            src.close()

log = []
pipe = squared(evens(numbers(log), log))
out = []
for v in pipe:
    out.append(v)
    if len(out) == 3:
        break
print(out)
print(log)
pipe.close()
print(log[-2:])

# closing the outermost generator of a yield from chain closes every level
log = []
def passthrough(src):
    yield from src
p = passthrough(evens(numbers(log), log))
print(next(p), next(p))
p.close()
print(log[-2:])

# word frequency pipeline with generator expressions
text = """the quick brown fox
jumps over the lazy dog
the end"""
lines = (line for line in text.splitlines())
words = (w for line in lines for w in line.split())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

# running totals with send-based coroutine sink
def sink(results):
    total = 0
    while True:
        value = yield
        total += value
        results.append(total)
results = []
s = sink(results)
next(s)
for v in squared(range(5)):
    s.send(v)
print(results)
