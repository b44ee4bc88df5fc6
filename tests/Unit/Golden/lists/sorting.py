# list sort and sorted: key, reverse, stability, mixed types error, sort in place returns None
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
nums = [5, -3, 2, -8, 0, 7]
r = nums.sort(); print(r, nums)
nums.sort(key=abs, reverse=True); print(nums)
nums.sort(key=lambda x: x % 3); print(nums)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted([]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), sorted(big, reverse=True)[:5])
print(sorted([3.5, 1, True, 2.25, False]))
