# iterators shared between consumers; exhaustion; list(iterator) twice; zip stops early consuming one extra
it = iter(range(10))
first_three = [next(it) for _ in range(3)]
print(first_three, next(it), list(it), list(it))
a = iter([1, 2, 3, 4, 5])
b = iter([10, 20])
print(list(zip(a, b)), list(a))
src = iter("abcdef")
print(list(zip(src, src, src)))
m = map(str.upper, iter("xyz"))
print("x" in m, list(m))
e = enumerate(iter("abc"))
next(e)
print(list(e))
f = filter(str.isdigit, iter("a1b2c3"))
print(next(f), next(f), next(f), next(f, "end"))
r = reversed(range(5))
print(list(r), list(r))
words = iter(["one", "two", "three"])
for w in words:
    if w == "one":
        print("skipping", next(words))
    else:
        print("got", w)
nums = iter([1, 2, 3])
total = 0
while True:
    try:
        total += next(nums)
    except StopIteration:
        break
print(total)
