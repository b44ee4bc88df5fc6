# iterating a StringIO yields its lines; readline with a limit
import io
s = io.StringIO("one\ntwo\nthree")
for i, line in enumerate(s):
    print(i, repr(line))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(100)), repr(s.readline(0)))
print(list(io.StringIO("a\nb\n")))
print(io.StringIO("x\ny\nz\n").readlines(3))
it = iter(io.StringIO("p\nq"))
print(next(it), end="")
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
