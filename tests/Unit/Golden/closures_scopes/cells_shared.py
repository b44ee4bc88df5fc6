# closure cells shared between sibling functions and across loop iterations; cell_contents
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
def loop_closures():
    fs = []
    for i in range(3):
        x = i * 10
        fs.append(lambda: x)
    return [f() for f in fs]
print(loop_closures())
def per_iteration():
    def make(x):
        return lambda: x
    return [make(i * 10)() for i in range(3)]
print(per_iteration())
def param_closure(a, b=2):
    def inner():
        return a + b
    a = 100
    return inner
print(param_closure(1)())
print(param_closure.__code__.co_cellvars, param_closure(1).__code__.co_freevars)
def no_closure():
    return 1
print(no_closure.__closure__)
def outer_nl():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(outer_nl())
