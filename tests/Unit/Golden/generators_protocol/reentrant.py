# A running generator cannot be resumed from inside itself.
def g():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.close()
    except ValueError as e:
        print("ValueError:", e)
    yield "end"

me = g()
print(next(me))
print(next(me))
print(me.gi_running)

def thrower():
    try:
        me2.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    yield 1

me2 = thrower()
print(list(me2))
