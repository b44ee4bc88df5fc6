# sub with a function as replacement
import re
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"[aeiou]", lambda m: m.group().upper(), "banana split"))
def repl(m):
    return "<%s:%d>" % (m.group(0), m.start())
print(re.sub(r"\w+", repl, "one two three", count=2))
print(re.sub("a", lambda m: None, "banana") if False else "skip")
counter = []
def count(m):
    counter.append(m.group())
    return ""
print(re.sub(r"\d", count, "a1b2c3"), counter)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
