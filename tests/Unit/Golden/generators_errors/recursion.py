# Unbounded recursion through generators is a RecursionError, not a crash.
import sys

def endless(n):
    yield from endless(n + 1)

try:
    next(endless(0))
except RecursionError as e:
    print("RecursionError:", e)

def nested_next(n):
    yield next(nested_next(n + 1))

try:
    next(nested_next(0))
except RecursionError as e:
    print("RecursionError:", e)

# after the error everything still works
def ok():
    yield "still fine"
print(list(ok()))
