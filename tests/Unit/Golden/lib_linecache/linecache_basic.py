import linecache
import os

here = __file__
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 3)))
print(repr(linecache.getline(here, 999)), repr(linecache.getline("no_such_file.py", 1)), repr(linecache.getline("<string>", 1)))
lines = linecache.getlines(here)
print(len(lines) > 5, lines[1].strip())
linecache.checkcache(here)
linecache.clearcache()
print(repr(linecache.getline(here, 2)))
