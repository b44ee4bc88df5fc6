# assert with and without messages; the message expression is evaluated only on failure
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "expensive"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert False, (1, 2)
except AssertionError as e:
    print(e.args, str(e))
try:
    assert None, None
except AssertionError as e:
    print(e.args)
data = {"a": 1}
assert data["a"] == 2, "value mismatch"
