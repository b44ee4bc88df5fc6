# findall returns strings or tuples; finditer yields Match objects
import re
print(re.findall(r"\d", "a1b2c3"))
print(re.findall(r"(\w)(\d)", "a1b2c3"))
print(re.findall(r"(\w)\d", "a1b2c3"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"\d*", "a12b"))
print(re.findall(r"|a", "a"))
print(re.compile(r"\d").findall("1a2b3", 1, 4))
p = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
for m in p.finditer("a=1, bb=22, c=x, d=4"):
    print(m.groupdict(), m.span(), m.group(0))
it = re.finditer("x", "axbx")
print(next(it).start(), next(it).start())
try:
    next(it)
except StopIteration:
    print("done")
print([m.span() for m in re.finditer(r"a*", "baaac")])
