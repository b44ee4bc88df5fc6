def f(a, b=2, *args, c, d=4, **kw):
    """Docstring."""
    return a + b


def outer(a):
    b = 1

    def inner(c):
        nonlocal b
        b += c
        return a + b

    return inner


def posonly(a, /, b, *, c):
    return a, b, c


g = lambda x, y=1: x * y
