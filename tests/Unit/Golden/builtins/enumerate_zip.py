# enumerate and zip: start values, unequal lengths, strict, unzipping, nesting
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(enumerate(["x"], start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(range(3), range(3), "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1], [2], strict=True)))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
