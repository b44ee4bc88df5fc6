# split: maxsplit, capture groups, empty matches
import re
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"))
print(re.split(":", "a:b:c", 1), re.split("x", "abc"), re.split("(x)|y", "axbyc"))
print(re.split(r"(?=b)", "abab"), re.split("", "abc"))
print(re.compile(r"\s").split("a b\tc\nd", 2))
print(re.split("a", "bab", maxsplit=-1))
