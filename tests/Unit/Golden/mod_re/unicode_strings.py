# positions count code points for characters above U+FFFF
import re
s = "\U0001F600\U0001F600b"
print(re.match("\U0001F600+(.)", s).span(1), re.search("b", s).span())
print(re.findall("\U0001F600", s), len(re.sub("\U0001F600", "x", s)))
print(re.split("b", "a\U0001F600ba"), [m.start() for m in re.finditer("a", "\U0001F600a\U0001F600a")])
print(re.findall(r"\w+", "\u00fcber stra\u00dfe \u65e5\u672c"), re.sub(r"\s+", "_", "a\u00a0b\u2003c"))
print(re.findall("(?i)\u00e9", "\u00c9\u00e9"), re.match(r"\w", "\u00e9", re.A))
