# str misc: translate/maketrans, encode, format_map, isidentifier, str() constructor forms
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))
t3 = str.maketrans("ab", "cd", "e")
print("abeeba".translate(t3))
print(sorted(str.maketrans("ab", "cd").items()))
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print(str(), str(42), str(3.5), str([1, "a"]), str(b"xy"), str(b"xy", "ascii"))
print(str(None), str(True), repr(str))
print("x".join("abc"), "abc".__len__(), "abc".__contains__("b"))
print("Hello"[1:3].upper().center(6, "*"))
