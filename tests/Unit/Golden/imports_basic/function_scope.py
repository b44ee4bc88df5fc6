# import inside functions and classes binds local names.
def f():
    import ib_public
    from ib_public import alpha as a
    return ib_public.gamma + a
print(f())
try:
    ib_public
except NameError as e:
    print(e)
def h():
    import ib_public as mod
    from ib_public import gamma
    return sorted(locals()), gamma, mod.alpha
print(h())
def g():
    from ib_util import Point
    return Point
print(g()(3, 4))
