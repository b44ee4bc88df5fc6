# Callable instances: __call__ with *args/**kwargs, callable class attributes, decorators written
# as classes (with and without arguments), instances used as sort keys and map functions.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, *args, **kwargs):
        return [a * self.k for a in args], sorted(kwargs)


m = Multiplier(3)
print(m(1, 2, x=1, a=2), list(map(Multiplier(2), [1, 2])), callable(m))


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


class Tag:
    def __init__(self, name):
        self.name = name

    def __call__(self, func):
        def wrapper(*a):
            return f"<{self.name}>{func(*a)}</{self.name}>"
        return wrapper


@Tag("b")
@Tag("i")
def text(s):
    return s


print(text("hi"))


class ByLen:
    def __call__(self, s):
        return len(s)


print(sorted(["ccc", "a", "bb"], key=ByLen()), max(["x", "yyy"], key=ByLen()))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Method:
    def __call__(self):
        return "instance call"


class Holder:
    m = Method()


print(Holder.m(), Holder().m(), callable(Holder.m))
