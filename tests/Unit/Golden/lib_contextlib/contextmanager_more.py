from contextlib import contextmanager, ExitStack, suppress

@contextmanager
def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")

log = []
with opened("a", log) as a, opened("b", log) as b:
    log.append(f"use {a}{b}")
print(log)
log = []
with opened("x", log):
    raise KeyError("k")
print(log)
log = []
try:
    with opened("y", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"outer {e}")
print(log)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        raise
db = {"x": 1}
try:
    with transaction(db) as t:
        t["x"] = 2
        t["y"] = 3
        raise RuntimeError("rollback")
except RuntimeError:
    pass
print(db)
with transaction(db) as t:
    t["z"] = 9
print(db)

@contextmanager
def counter():
    n = [0]
    yield n
    print("final count", n[0])
with ExitStack() as stack:
    c1 = stack.enter_context(counter())
    c2 = stack.enter_context(counter())
    c1[0] += 1; c2[0] += 5

@contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagated:", e)
gen_cm = opened("once", [])
with gen_cm:
    pass
try:
    with gen_cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
