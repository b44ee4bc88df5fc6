import sys as _sys
import ib_counter
one = 1
_two = 2
def three():
    return 3
