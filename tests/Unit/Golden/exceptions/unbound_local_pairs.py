# UnboundLocalError in the second half of a common instruction pair (LOAD_FAST LOAD_FAST, LOAD_CONST LOAD_FAST, STORE_FAST LOAD_FAST) names its own line
import traceback
def two_loads():
    a = 1
    del a
    b = 2
    return (b,
            a)
def const_then_load():
    c = 1
    del c
    return (1,
            c)
def store_then_load():
    d = 1
    e = 2
    del d
    e = 3; x = d
    return x
for fn in (two_loads, const_then_load, store_then_load):
    try:
        fn()
    except UnboundLocalError:
        traceback.print_exc()
def pairs(p, q):
    r, s = q, p
    t = r; u = s
    return p + q, r, s, t, u, 7, p
print(pairs(1, 2))
