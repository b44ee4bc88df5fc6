# Every operation on a finished generator.
def g():
    yield 1

it = g()
print(list(it))
print(it.gi_frame, it.gi_running, it.gi_suspended)
for op in ("next", "send None", "send 1", "close", "throw"):
    try:
        if op == "next":
            r = next(it)
        elif op == "send None":
            r = it.send(None)
        elif op == "send 1":
            r = it.send(1)
        elif op == "close":
            r = it.close()
        else:
            r = it.throw(ValueError("late"))
        print(op, "->", r)
    except StopIteration as e:
        print(op, "-> StopIteration", e.args)
    except ValueError as e:
        print(op, "-> ValueError", e)
print(next(it, "default"), list(it))

# a generator that failed is finished too
def failing():
    yield 1
    raise KeyError("x")

f = failing()
next(f)
try:
    next(f)
except KeyError:
    pass
print(f.gi_frame, list(f), next(f, "empty"))
