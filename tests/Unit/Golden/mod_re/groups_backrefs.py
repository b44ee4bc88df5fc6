# named groups, backreferences, conditionals
import re
print(re.match(r"(\w)\1", "aa"), re.match(r"(\w)\1", "ab"))
print(re.match(r"(?P<c>\w)(?P=c)", "bb").group("c"))
print(re.findall(r"(\w)\1", "aabbcd"))
print(re.match(r"(a)(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(a)?(?(1)b|c)", "b"))
print(re.match(r"(?P<q>')?\w+(?(q)')", "'word'"), re.match(r"(?P<q>')?\w+(?(q)')", "word"))
print(re.match(r"(?:a|b)+", "abba").group(), re.match(r"(?:(a)|b)+", "ab").groups())
print(re.search(r"(\d+)-\1", "12-12 3-4"), re.match(r"(a)|(b)", "b").groups())
print(re.match(r"(?P<x>a)(?P<y>b)", "ab").groupdict())
print(re.match(r"(?i)(a)\1", "aA"))
