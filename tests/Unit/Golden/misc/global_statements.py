# global statement: declaring before use, in nested functions, reading vs writing, counters
count = 0
def increment():
    global count
    count += 1
for _ in range(5):
    increment()
print(count)
def make_global_in_nested():
    def inner():
        global created_in_inner
        created_in_inner = "yes"
    inner()
make_global_in_nested()
print(created_in_inner)
def read_only():
    return count * 2
print(read_only())
def shadow_then_global():
    count = 100
    def g():
        global count
        return count
    return count, g()
print(shadow_then_global())
def multi():
    global p, q
    p, q = 1, 2
multi()
print(p, q)
def cond(flag):
    global maybe
    if flag:
        maybe = "set"
cond(False)
print("maybe" in globals())
cond(True)
print(maybe)
