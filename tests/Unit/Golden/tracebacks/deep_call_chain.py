# traceback through six function levels with mixed carets (call, binary op, attribute)
def f1(x):
    return f2(x) * 2
def f2(x):
    return f3(x + 1)
def f3(x):
    return f4([x])
def f4(lst):
    return f5(lst, {"k": lst})
def f5(lst, d):
    return d["k"][0] + f6()
def f6():
    return None + 1
print("calling")
f1(1)
