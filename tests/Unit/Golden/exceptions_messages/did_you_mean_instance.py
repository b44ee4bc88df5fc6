# "Did you mean" for instance attributes, and its absence from traceback.format_exception (3.11)
class Point:
    def __init__(self):
        self.x_coord = 1
    def distance(self): return 0
p = Point()
for expr in ["p.x_cord", "p.distanc()", "Point.distanse", "p.totally_different"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e, "|", e.name, e.obj is p)
import traceback
try:
    p.x_cord
except AttributeError as e:
    print(traceback.format_exception_only(e))
def f():
    localvar = 1
    return localvra
try:
    f()
except NameError as e:
    print(traceback.format_exception(e)[-1])
p.distnce()
