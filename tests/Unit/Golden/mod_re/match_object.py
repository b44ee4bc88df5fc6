# Match objects: group, groups, groupdict, span, expand, attributes
import re
m = re.match(r"(\w+) (\w+)(x)?", "hello world!")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(1, 2), m.group(3))
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m[0], m[2], m.span(), m.span(2), m.span(3), m.start(2), m.end(2), m.start(3))
print(m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r"\2 \1"), m.expand(r"<\g<2>>"))
n = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "on 2024-05 ok")
print(n.groupdict(), n.groupdict("??"), n["year"], n.group("month", 1))
print(n.lastindex, n.lastgroup, n.span("year"))
for bad in [5, "nope", -1]:
    try:
        n.group(bad)
    except IndexError as e:
        print("IndexError:", e)
