# str strip/pad/replace: strip family, center, ljust, rjust, zfill, replace, expandtabs, removeprefix
s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("www.example.com".lstrip("cmowz.")))
print(repr("hi".center(6)), repr("hi".center(7, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print(repr("hi".center(1)), "42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "abc".replace("x", "y"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.txt".removesuffix(".txt"))
print(repr("\u3000 x \x0b".strip()))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
