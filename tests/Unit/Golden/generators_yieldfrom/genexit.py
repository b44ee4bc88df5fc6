# GeneratorExit thrown into a delegating generator closes the delegate first.
def inner():
    try:
        yield 1
    finally:
        print("inner closed")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit reached the caller")
print(g.gi_frame)

def inner_raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from inner close")

def outer2():
    try:
        yield from inner_raises_on_close()
    except ValueError as e:
        print("outer2 sees", e)
        yield "outer2 continues"

g = outer2()
next(g)
print(g.throw(GeneratorExit))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
