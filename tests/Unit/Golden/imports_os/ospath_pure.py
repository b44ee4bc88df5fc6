# os.path string operations (posixpath semantics), no file system access.
import os
import os.path
import posixpath
import sys
print(os.path is posixpath, sys.modules["os.path"] is os.path, os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
j = os.path.join
print(j("a", "b", "c"), j("/a", "/b", "c"), j("a/", "b"), j("", "x"), j("a", ""))
for p in ["a/b/c.txt", "/", "//", "///a//b///", "a", "", ".bashrc", "a/.b.c", "a.b/c", "x..y", "/a/b/", "..."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.normpath("a/./b/../../.."), os.path.normpath("/../a/b/.."), os.path.normpath("//a/b"), os.path.normpath("///a"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("a/b", "a"), os.path.relpath("/x", "/x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.expanduser("~/q").endswith("/q"), os.path.expanduser("x~"))
try:
    os.path.join("a", 3)
except TypeError as e:
    print(e)
print(os.path.splitdrive("/a/b"), os.path.normcase("AbC"), os.path.commonprefix([]))
try:
    os.path.relpath("")
except ValueError as e:
    print(e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
