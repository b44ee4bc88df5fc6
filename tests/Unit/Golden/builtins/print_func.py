# print(): sep, end, file=sys.stderr, flush, multiple args, no args, non-str objects
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print(1, 2.5, None, [1], (2,), {3: 4}, sep="|")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("err", 1, 2, sep=",", end="!\n", file=sys.stderr, flush=True)
print(*range(5))
print(*"abc", sep="\n")
print("x", sep=None, end=None)
print("file None", file=None)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
print("", end="")
print("last")
