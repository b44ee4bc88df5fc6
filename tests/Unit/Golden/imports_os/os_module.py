# The os module and the ways os.path is imported.
import os
import os.path
import sys
from os import path
from os.path import join as j, sep
import os.path as osp
print(os.path is path is osp, sys.modules["os.path"] is os.path, j("x", "y"), sep)
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.getpid() > 0, os.getcwd() == os.path.abspath("."), os.path.realpath(".") == os.path.realpath(os.getcwd()))
print(os.fspath("p"), type(os.environ).__name__, callable(os.walk), os.path.__name__)
print(os.path.basename(__file__), os.path.dirname(os.path.abspath(__file__)) == sys.path[0])
print(os.stat_result.__name__, isinstance(os.stat("."), tuple))
print(sorted([n for n in ["getcwd", "listdir", "mkdir", "makedirs", "rmdir", "remove", "rename", "walk", "scandir", "stat", "getenv", "environ"] if hasattr(os, n)]))
