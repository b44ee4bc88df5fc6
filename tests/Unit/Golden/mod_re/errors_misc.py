# other errors: multi-line positions, look-behind, type errors, templates
import re
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, "|", e.lineno, e.colno, repr(e.pattern))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(e, e.pos)
for t in [r"\3", r"\g<x>", r"\g<1", r"\g", r"\g<>", r"\q", "\\", r"\g<a b>"]:
    try:
        print(repr(t), re.sub("(a)", t, "a"))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
tests = [lambda: re.search(1, "a"), lambda: re.search("a", 1), lambda: re.search("a", b"a"),
         lambda: re.search(b"a", "a"), lambda: re.compile("a", re.A | re.U), lambda: re.sub("a", 1, "a"),
         lambda: re.compile("a").match("a", pos="x")]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.msg, e.pattern, e.pos)
print(re.error("plain"), re.error.__mro__, issubclass(re.error, Exception))
