# int hashing and comparisons: hash of ints, mixed int/float comparisons, equality across types
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64))
print(hash(10 ** 30), hash(-10 ** 30))
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(1 / 2))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(1 < 1.5 < 2, -1 > -1.5, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 < float("inf"), 1 == 1 + 0j, 0 == -0.0)
print(max(1, 2.5, 2), min(3, 2.0, 2), sorted([3, 1.5, 2, -1, True]))
print(5 == 5, 5 != 6)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print(hash(-1) == hash(-2), hash(123456789), hash(-123456789))
