# scoping errors: free variable referenced before assignment in enclosing scope, NameError messages
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late = 1
    return inner()
print(outer())
def deleted():
    val = 1
    def inner():
        return val
    del val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
deleted()
try:
    print(nowhere_defined)
except NameError as e:
    print("NameError:", e)
def f():
    return undefined_global
try:
    f()
except NameError as e:
    print("NameError:", e)
def g():
    total = total + 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
