# \N{name} escapes, octal and hex escapes in patterns
import re
print(re.findall(r"\N{EM DASH}+", "a\u2014\u2014b"), re.findall(r"[\N{LATIN SMALL LETTER A}-c]", "abcd"))
for bad in [r"\N{NOT A NAME}", r"\N", r"\N{", r"\x", r"\u00", r"\U0011ffff"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
print(re.match(r"\x41\u0042\U00000043\103\0", "ABCC\x00"))
print(re.sub(b"a", b"x", bytearray(b"aba")), re.match(b"a", bytearray(b"ab")).group())
