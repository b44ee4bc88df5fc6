# assert: passing asserts, caught AssertionError with and without message, expressions in message
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
x = 5
try:
    assert x > 10, f"x is {x}"
except AssertionError as e:
    print("formatted:", e)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
def checked(n):
    assert isinstance(n, int), "need int, got " + type(n).__name__
    return n * 2
print(checked(4))
try:
    checked("s")
except AssertionError as e:
    print(e)
assert x == 5, "last assert: uncaught with message"
assert x == 6, "x should be 6 but is %d" % x
print("not reached")
