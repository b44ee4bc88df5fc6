# string equality, ordering by code point, hash equality for equal strings (values not printed)
a = "hello"
b = "hel" + "lo"
c = "".join(["h", "e", "l", "l", "o"])
print(a == b == c, hash(a) == hash(b) == hash(c), a is not None)
print("a" < "b" < "c", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < " ", "é" > "z")
print(sorted(["b", "B", "a", "A", "1", "_", " "]))
print(max(["apple", "Apple", "banana"]), min(["apple", "Apple", "banana"]))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__eq__(1))
print({"key": 1}["k" + "ey"], "ab" * 2 == "abab", hash("") == hash(""))
d = {}
d["x" * 3] = 1
d["".join(["x", "x", "x"])] += 1
print(d)
print("apple" in ["apple", "pear"], ("a" + "b") in {"ab": 1}, "AbC".lower() == "abc")
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
