import os
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling

print("a", "b", sep=",")
args = [1, 2]
kwargs = {"end": "\n"}
print(*args, **kwargs)
os.path.join("a", "b")
name = "x"
s = f"{name!r:>10} and {args[0]} {kwargs}"
d = {"a": 1, **kwargs}
st = {1, 2, 3}
