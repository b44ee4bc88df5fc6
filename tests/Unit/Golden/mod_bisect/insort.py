# insort keeps a list sorted; insort_left inserts before equal items, insort_right after.
import bisect
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
b = [(1, "a"), (2, "a")]
bisect.insort_left(b, (1, "a"))
bisect.insort_right(b, (2, "a"))
print(b)
c = [1.0, 2.0]
bisect.insort_left(c, 1)
bisect.insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
d = [1, 3, 5]
bisect.insort(d, 4, 0, 1)
print(d)
