# import binds a module; attributes, aliases and from-imports see the same objects.
import ib_util
import ib_util as u
from ib_util import GREETING, shout as yell, Point

print(ib_util.GREETING, ib_util.shout("hi"))
print(u is ib_util, yell is ib_util.shout, GREETING)
print(Point(1, 2), yell.__module__)
print(ib_util.__name__, ib_util.__doc__)
print(ib_util.__file__)
print(ib_util)
print(type(ib_util).__name__, type(ib_util) is type(u))
print(sorted([k for k in vars(ib_util) if not k.startswith("__")]))
