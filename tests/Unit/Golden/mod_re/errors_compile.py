# re.error messages and positions for invalid patterns
import re
bad = ["(", ")", "a)", "*a", "a**", "a{3,2}", "[a", "[z-a]", r"\q", "(?P<1a>x)", "(?P<a>x)(?P<a>y)",
       "(?P=b)", r"\2(a)", "(?<x)", "(?P", "(?Px)", "(?", "a(?i)", "(?z)", "(?i", "^*", r"\b+",
       "(?(x)a|b)", "(?(1)a|b|c)", r"[\d-z]", "a\\", "(?P<a", "(?P<>x)", r"\x4", r"\u12", "(a",
       r"(a\1)", "(?#abc", "x{1,2}{3}", r"[\8]", r"\400"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
