# keyword-only and positional-only parameters combined with defaults; passing by name
def combo(p1, p2=2, /, pk=3, *, k1, k2=5):
    return [p1, p2, pk, k1, k2]
print(combo(1, k1=4))
print(combo(1, 20, 30, k1=40))
print(combo(1, pk=33, k1=44, k2=55))
for bad in [lambda: combo(p1=1, k1=1), lambda: combo(1, 2, 3, 4), lambda: combo(1, k2=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def kw(p1, /, **kwargs):
    return p1, kwargs
print(kw(1, p1=2))
def ordering(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(ordering(1, c=3), ordering(1, 2, 3, 4, c=5, e=6), ordering(c=1, a=2))
print(combo.__code__.co_posonlyargcount, combo.__code__.co_kwonlyargcount, combo.__kwdefaults__)
