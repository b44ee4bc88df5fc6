# bytes patterns work on bytes subjects
import re
print(re.compile(b"a+").findall(b"aa ba"), re.sub(b"a", b"x", b"banana"))
m = re.match(rb"(\w+) (\w+)", b"hi there")
print(m, m.group(1), m.groups(), m.span(2))
print(re.split(rb"\s", b"a b\tc"), re.findall(rb"\d", b"a1\xff2"))
print(re.sub(rb"(\w)", rb"<\1>", b"ab"), re.subn(b"x", lambda m: b"y", b"xx"))
print(re.search(b"[\x80-\xff]", b"ab\xe9").span(), re.compile(b"(?i)A").match(b"a"))
print(re.fullmatch(rb"\w+", "caf\u00e9".encode("utf-8")), re.findall(rb"\w", b"\xe9a"))
