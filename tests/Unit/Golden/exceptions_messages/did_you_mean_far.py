# no suggestion when nothing is close enough; case differences are cheap
import math
def f():
    Value = 1
    return value
try:
    f()
except NameError as e:
    print(e)
try:
    math.completely_unrelated_name
except AttributeError as e:
    print(e)
try:
    math.PI
except AttributeError as e:
    print(e)
abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz = 1
abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzz
