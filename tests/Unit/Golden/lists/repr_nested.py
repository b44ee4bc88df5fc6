# list repr: nested, recursive, containing strings with quotes, floats, None
print([1, "two", 3.0, None, True, [4, (5, 6)], {"k": [7]}])
print(["it's", 'say "hi"', "both ' \"", "\n"])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = {"self": None}
b["self"] = b
print(b)
c = [[]]
c[0].append(c)
print(c)
print([1.0, 1e100, -0.0, float("inf"), 1 / 3])
print([[[]]], [(), ()], [(1,)])
print(str([b"x", bytearray(b"y")]))
