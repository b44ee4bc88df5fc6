# 3.11 suggests close attribute names for AttributeError
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(e, "|", e.name, e.obj is math)
try:
    [].apend(1)
except AttributeError as e:
    print(e, "|", e.name)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
try:
    (1).real_part
except AttributeError as e:
    print(e)
try:
    None.something
except AttributeError as e:
    print(e)
d = {}
d.iteritems()
