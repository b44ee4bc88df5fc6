# look-ahead, look-behind, atomic groups and possessive quantifiers (3.11)
import re
print(re.findall(r"\w+(?=!)", "hi! there yo!"), re.findall(r"\w+(?!\w|!)", "hi! there"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or 40"), re.findall(r"(?<!\$)\b\d+", "cost $30 or 40"))
print(re.search(r"(?<=a)b", "ab"), re.match(r"(?<=a)b", "ab"))
print(re.match(r"a*+a", "aaa"), re.match(r"(?>a*)a", "aaa"), re.match(r"(?>a*)b", "aab"))
print(re.match(r"a{2,}+", "aaaa"), re.match(r"a?+a", "a"), re.match(r"(?:ab)++", "ababx"))
print(re.findall(r"\d++\w", "123a 45 6b"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
