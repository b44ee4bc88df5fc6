# functions: def, return values, implicit None, multiple returns, docstrings, attributes
def add(a, b):
    "Add two things."
    return a + b
def nothing():
    pass
def early(x):
    if x:
        return "early"
    print("fell through")
def multi():
    return 1, 2, 3
print(add(1, 2), add("a", "b"), add([1], [2]))
print(nothing(), early(1), early(0))
print(multi(), type(multi()).__name__)
a, b, c = multi()
print(a + b + c)
print(add.__name__, add.__doc__, nothing.__doc__, add.__qualname__)
print(callable(add), type(add).__name__, add.__module__)
def outer():
    def inner():
        return "inner result"
    return inner
print(outer()(), outer().__name__, outer().__qualname__)
f = add
print(f(10, 20), f is add, f == add)
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
def noreturn_value():
    return
print(noreturn_value())
add.custom = "attr"
print(add.custom, add.__defaults__, sorted(add.__dict__))
