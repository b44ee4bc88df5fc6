# global and nonlocal statements, module globals modified from functions, LEGB resolution
x = "global x"
def read():
    return x
def write():
    global x
    x = "rewritten"
def local_shadow():
    x = "local"
    return x
print(read(), local_shadow(), x)
write()
print(read(), x)
def make_new_global():
    global brand_new
    brand_new = 42
make_new_global()
print(brand_new)
def outer():
    y = 1
    def middle():
        nonlocal y
        y += 10
        def inner():
            nonlocal y
            y *= 2
        inner()
    middle()
    return y
print(outer())
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max([3, 1, 2])
print(uses_builtin())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def gl():
    global counter
    counter = counter + 1 if "counter" in globals() else 1
gl(); gl()
print(counter)
