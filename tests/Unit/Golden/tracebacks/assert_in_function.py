# uncaught AssertionError raised by assert without a message inside a function
def check(values):
    for v in values:
        assert v > 0
    return "all positive"
print(check([1, 2, 3]))
print(check([4, -5, 6]))
