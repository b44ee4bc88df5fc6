# infinite recursion is caught as RecursionError; the interpreter recovers and continues
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
lst = []
lst.append(lst)
print(lst)
def count_until_error():
    n = 0
    def inner():
        nonlocal n
        n += 1
        inner()
    try:
        inner()
    except RecursionError:
        pass
    return n > 500
print(count_until_error())
print("still alive")
