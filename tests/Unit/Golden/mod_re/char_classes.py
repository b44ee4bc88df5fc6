# character classes and escapes
import re
print(re.findall(r"[\d\s]", "1 a2"), re.findall(r"[^\W\d]", "a1_b"), re.findall(r"[a-c-]", "a-d"))
print(re.findall(r"[]a]", "]a["), re.findall(r"[\]]", "]"), re.findall(r"[^]]", "a]"))
print(re.findall(r"\s", "a\x1cb c\u3000d"), re.findall(r"\S+", "a\tb"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"\u00e9", "café"), re.findall(r"\101", "A"))
print(re.findall(r"[\w.]+@[\w.]+", "mail a.b@c.org, x@y"))
print(re.findall(r"\D+", "ab12cd"), re.findall(r"\W", "a-b c"))
print(re.findall(r"[.^$*+?{}()|]", "a.b^c$"), re.findall(r"[\\]", "a\\b"))
print(re.findall(r"\t\n", "x\t\ny"), re.match(r"\0", "\x00"))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{2,}", "a aa aaa"), re.findall("x{", "x{"))
print(re.findall(r"a{1,2}?", "aaa"), re.findall(r"a+?", "aaa"), re.findall(r"a??b", "ab b"))
