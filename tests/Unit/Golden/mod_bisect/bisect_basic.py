# bisect_left/right on lists, tuples, strings and ranges, with lo/hi.
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4), bisect.bisect_left(a, 4, 5), bisect.bisect_right(a, 4, hi=2))
print(bisect.bisect((1, 3, 5), 3), bisect.bisect_left("aceg", "d"), bisect.bisect(range(0, 100, 10), 35))
print(bisect.bisect([], 1), bisect.bisect_left([1.5, 2.5], 2), bisect.bisect([1, 2, 3], 2, 10, 2))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
