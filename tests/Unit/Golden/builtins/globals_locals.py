# globals(), locals(), vars-free checks: module-level locals() is globals(), function locals snapshot
print(locals() is globals(), __name__, __name__ == "__main__")
x = 5
print(globals()["x"], "x" in globals(), "nope" in globals())
globals()["injected"] = "via globals"
print(injected)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    return locals()
print(g())
def h():
    return globals() is globals(), "f" in globals()
print(h())
print("__builtins__" in globals(), "__doc__" in globals(), __doc__)
print(type(globals()).__name__, type(locals()).__name__)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
