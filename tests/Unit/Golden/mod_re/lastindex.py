# lastindex and lastgroup follow the group that closed last
import re
for pat, s in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)()", "a"), (r"(a())", "a"),
               (r"(?P<x>a)(?P<y>b)?", "a"), (r"(a)|(b)", "b"), (r"((a)|b)+", "ab"), (r"a", "a"),
               (r"(?P<outer>(?P<inner>x))", "x")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
