# match, search and fullmatch, with pos and endpos
import re
print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc 123 def"), re.search("z", "abc"))
print(re.fullmatch("a+", "aaa"), re.fullmatch("a+", "aab"), re.fullmatch("a|ab", "ab"))
p = re.compile(r"o")
print(p.search("hello", 5), p.search("hello world", 5), p.match("hello", 4))
print(re.compile("l+").search("hello", 1, 3), re.compile("^h").search("ahb", 1))
print(re.compile(r"\w+$").search("abc def", 0, 5), re.compile("c").fullmatch("abc", 2))
print(re.compile("a").match("a", 5), re.compile("b").match("abc", 1, 1))
print(re.compile("x*").match("xxa", -5, 100))
print(bool(re.match("", "")), re.match("", "abc"))
