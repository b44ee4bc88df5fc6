# LEGB: local, enclosing, global, builtin lookup order, shadowing at each level
v = "G"
def f():
    v = "E"
    def g():
        v = "L"
        return v
    def h():
        return v
    return g(), h(), v
print(f(), v)
def uses_print():
    print = lambda *a: "local print"
    return print("x")
print(uses_print())
def enclosing_builtin():
    abs = "enclosing abs"
    def inner():
        return abs
    return inner()
print(enclosing_builtin(), abs(-3))
def nested_default():
    w = 5
    def inner(w=w * 2):
        return w
    w = 99
    return inner()
print(nested_default())
def class_like():
    x = 1
    def read_later():
        return x
    x = 2
    return read_later()
print(class_like())
def param_shadows(v):
    return v
print(param_shadows("P"), v)
def loop_var():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_var())
