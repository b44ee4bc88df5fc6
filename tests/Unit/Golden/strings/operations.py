# str operations: concatenation, repetition, comparison, indexing, slicing, len, ord/chr
s = "Python"
print(s + "3", s * 2, 2 * "ab", "x" * 0, "x" * -3)
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print(len(s), len(""), len("日本語"), "日本語"[1])
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print("abc" == "abc", "abc" != "ABC", max("hello"), min("hello"))
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), tuple("ab"), sorted("banana"))
print("ab" in "cabd", str(123) + str(4.5))
