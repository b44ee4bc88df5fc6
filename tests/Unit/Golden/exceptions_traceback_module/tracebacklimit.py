# sys.tracebacklimit limits uncaught tracebacks and the traceback module
import sys
import traceback

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)

try:
    rec(5)
except ValueError:
    sys.tracebacklimit = 2
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = 0
    print(traceback.format_exc(), end="")
sys.tracebacklimit = 3
rec(10)
