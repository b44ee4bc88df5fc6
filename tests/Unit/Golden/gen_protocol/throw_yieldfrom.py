# throw() reaches the innermost generator of a yield from chain; unhandled ones unwind each level.
def leaf(name):
    try:
        yield name + ":1"
        yield name + ":2"
    except ValueError as e:
        print(name, "handles", e)
        yield name + ":recovered"
    finally:
        print(name, "finally")

def middle():
    try:
        r = yield from leaf("leaf")
        print("middle got", r)
    except KeyError as e:
        print("middle handles", repr(e))
        yield "middle:recovered"
    finally:
        print("middle finally")

def top():
    try:
        yield from middle()
    except TypeError as e:
        print("top handles", e)
        yield "top:recovered"
    yield "top:end"

g = top()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

g = top()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

g = top()
print(next(g))
print(g.throw(TypeError("t")))
print(next(g))

g = top()
next(g)
try:
    g.throw(OSError("unhandled"))
except OSError as e:
    print("escaped:", e)
print(next(g, "done"))

# throw through yield from into an iterator without a throw method: raised at the yield from
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("caught in delegator", e)
        yield "after"
o = over_list()
print(next(o))
print(o.throw(ValueError("x")))
