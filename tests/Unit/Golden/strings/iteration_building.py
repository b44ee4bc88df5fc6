# building strings: loops, join of lists, += in loops, str multiplication tables, reversed words
words = "the quick brown fox".split()
print(" ".join(reversed(words)), " ".join([w[::-1] for w in words]), " ".join([w.capitalize() for w in words]))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, len(acc))
table = "\n".join([" ".join(["%3d" % (r * c) for c in range(1, 6)]) for r in range(1, 4)])
print(table)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("".join(sorted(set("mississippi"))), "-".join(["%s=%d" % kv for kv in sorted(counts.items())]))
s = "Hello, World"
print([c for c in s if c.isupper()], "".join([c.lower() if c.isupper() else c.upper() for c in s]))
print(s[7:] + s[5:7] + s[:5], s.split(", ")[::-1])
vowels = sum([1 for c in s.lower() if c in "aeiou"])
print(vowels, s.count("l"), s.index("W"))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, "%s" % "".join(map(str, range(10))))
