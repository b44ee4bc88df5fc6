# default parameter values: evaluated once at def time, mutable default pitfall, None sentinel
counter = 10
def f(x=counter):
    return x
counter = 20
print(f(), f(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def many(a, b=2, c=3):
    return a, b, c
print(many(1), many(1, 20), many(1, c=30), many(a=0), many(1, 2, 3))
print(many.__defaults__, f.__defaults__, append_to.__defaults__)
def kw_defaults(*, k=1, m):
    return k, m
print(kw_defaults(m=2), kw_defaults.__kwdefaults__)
def d(x=[1, 2][0] + 100, y=len("abc")):
    return x + y
print(d())
