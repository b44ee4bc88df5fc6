# re.escape and re.purge
import re
print(re.escape("a.b*c?d 1+2=3 (x) [y] {z} ^$ | \\ # & ~ -"))
print(re.escape("plain_text123"), re.escape(""), re.escape("\t\n"))
print(re.escape(b"a.b"), re.escape("caf\u00e9!"))
s = "1+1=2 (maybe)"
print(re.match(re.escape(s), s).group() == s)
re.purge()
print(re.search("b", "abc").start())
