# key= is applied to the list's items; insort applies it to the new item too.
import bisect
recs = [("a", 1), ("b", 3), ("c", 5), ("d", 5)]
print(bisect.bisect_left(recs, 5, key=lambda t: t[1]), bisect.bisect_right(recs, 5, key=lambda t: t[1]))
bisect.insort(recs, ("z", 4), key=lambda t: t[1])
bisect.insort_left(recs, ("y", 5), key=lambda t: t[1])
print(recs)
words = ["a", "bb", "dddd"]
bisect.insort(words, "ccc", key=len)
print(words, bisect.bisect(words, 2, key=len), bisect.bisect(words, 3, key=None))
