# ranges and slices with negative steps, empty results, big bounds and clamping
s = "0123456789"
print(s[::-1], s[8:2:-1], s[-1:-4:-1], s[2:8:-1], s[:3:-2], s[5::-3], s[-20::-1], s[20::-1])
lst = list(range(10))
print(lst[9:0:-3], lst[-2:-8:-2], lst[::-4], lst[3:3:-1])
print(list(range(10, -10, -4)), list(range(-1, -5, -1)), list(range(0, -3)), list(range(5, 5, -1)))
r = range(100, 0, -7)
print(r[3], r[-1], len(r), r[2:5], r[::-1][:3], list(r[-3:]))
print(range(0, 10, 3)[::-1], range(10)[::2][::2], list(range(10)[-3:-1]))
print(5 in range(10, 0, -5), 10 in range(10, 0, -5), 0 in range(10, 0, -5))
b = bytearray(b"abcdef")
b[::-2] = b"XYZ"
print(b)
l2 = list(range(8))
l2[::-3] = ["a", "b", "c"]
print(l2)
del l2[::-2]
print(l2)
print((1, 2, 3, 4, 5)[::-2], "hello"[10:0:-2], s[-3:-1], s[-1:-3])
