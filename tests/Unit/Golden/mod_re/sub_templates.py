# sub with replacement templates: \1, \g<name>, \g<0>, escapes
import re
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first> (\g<0>)", "John Smith"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
print(repr(re.sub("a", r"\n\t\\", "a")), repr(re.sub("a", "\\&", "a")))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"x", "-", "axbxc", count=1), re.sub(r"x", "-", "axbxc", 0))
print(re.subn(r"\s+", " ", "a  b \t c"), re.subn("z", "y", "abc"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"))
print(re.sub("(?m)^", "> ", "line1\nline2"))
print(re.sub(r"(\d+)", r"\1\1", "a1b22"))
