# str searching: find, rfind, index, rindex, count, startswith, endswith, in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 15, 30))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1))
print(s.startswith("quick", 4), s.endswith(("cat", "dog")))
print("fox" in s, "cat" not in s, "" in s, "" in "")
print("abc".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print(s.find("o", -10), s.find("o", -100, -30))
