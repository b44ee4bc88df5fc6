# ^ $ \A \Z \b \B and Python's $ before a trailing newline
import re
print(re.search("$", "ab\n").span(), re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"a\Z", "a"))
print(re.findall("$", "a\nb\n"), re.findall("(?m)$", "a\nb\n"))
print(re.match(r"^$", ""), re.match(r"\A", "x").span())
print(re.findall(r"\bfoo\b", "foo foobar afoo foo."), re.findall(r"\Bo", "foo o"))
print(re.findall(r"\b\w", "héllo wörld", re.A), re.findall(r"\b\w", "hé wö"))
print(re.sub(r"^", ">", "a\nb"), re.sub(r"(?m)^", ">", "a\nb"), re.sub(r"$", "<", "a\nb\n"))
