# Pattern objects: repr, attributes, equality
import re
print(re.compile("a+"), re.compile(r"\d+\s"), re.compile("it's"), re.compile('say "hi"'))
print(re.compile("a", re.I | re.M), re.compile("(?i)a"), re.compile("a", re.A), re.compile("a", re.S | re.X))
print(re.compile("x" * 250))
p = re.compile(r"(?P<a>x)(y)(?P<c>z)")
print(p.pattern, p.groups, p.groupindex, p.flags)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(hash(re.compile("abc")) == hash(re.compile("abc")))
print(type(p).__name__, re.Pattern, re.Match, type(p.match("xyz")).__name__)
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
print(re.compile(b"ab+"), re.compile(b"a", re.I).flags)
