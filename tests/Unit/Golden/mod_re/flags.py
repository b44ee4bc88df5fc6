# flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline forms
import re
print(re.findall("a", "aAbA", re.I), re.findall("(?i)a", "aAbA"), re.findall("(?i:a)b", "Ab AB ab"))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"\w$", "ab\ncd", re.MULTILINE), re.findall(r"^\w", "ab\ncd"))
print(re.findall(".", "a\nb"), re.findall(".", "a\nb", re.S), re.findall("(?s).", "a\nb"))
print(re.match(r"""
    (\d+)   # digits
    \s*     # optional space
    ([a-z]+) # word
""", "42  abc", re.X).groups())
print(re.match(r"(?x) a  b # comment", "ab"), re.match(r"(?x)[ ]a", " a"), re.match(r"(?x)a\ b", "a b"))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"(?a)\w+", "héllo"))
print(re.findall(r"\d", "1\u0663", re.ASCII), re.findall(r"\d", "1\u0663"))
print(re.compile("a", re.I | re.M).flags, re.compile("a").flags, re.compile("(?s)a").flags, re.compile("a", re.A).flags)
print(re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.S, re.NOFLAG, int(re.I), re.I == 2)
print(re.compile(r"A(?-i:b)", re.I).findall("ab AB Ab aB"))
