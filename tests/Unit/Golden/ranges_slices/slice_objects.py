# slice objects: attributes, indices(), repr, use with lists/strings/tuples, equality
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 100, 3).indices(20), slice(-100, -1).indices(5))
data = "abcdefghij"
print(data[s], data[slice(-3, None)], data[slice(None, None, -3)])
print([0, 1, 2, 3, 4][slice(1, 4)], (0, 1, 2, 3)[slice(None, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    data["a":]
except TypeError as e:
    print("TypeError:", e)
print(slice("a", "b").start, slice(1, 2).__class__.__name__)
lst = list(range(10))
lst[slice(0, 3)] = ["a"]
print(lst)
print(data[2:-2:2], data[-1:-11:-4], data[::-1][::-1] == data)
