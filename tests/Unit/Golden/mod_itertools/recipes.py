# Classic itertools recipes built from the primitives.
from itertools import islice, chain, repeat, starmap, zip_longest, groupby, accumulate, count, cycle, tee, combinations, filterfalse
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    pending = [iter(it) for it in iterables]
    out = []
    while pending:
        nxt = []
        for it in pending:
            v = next(it, None)
            if v is not None:
                out.append(v)
                nxt.append(it)
        pending = nxt
    return out

def unique_justseen(iterable):
    return list(map(next, map(operator.itemgetter(1), groupby(iterable))))

print(take(5, count(3)), take(7, cycle("ab")), list(grouper("ABCDEFG", 3, "x")), roundrobin("ABC", "D", "EF"))
print(unique_justseen("AAAABBBCCDAABBB"), list(accumulate(repeat(2, 5), operator.mul)), list(starmap(operator.mul, zip(range(4), count(10)))))
print(list(chain.from_iterable(combinations("abcd", 2))), len(list(combinations(range(6), 3))))
a, b = tee(range(5))
next(b, None)
print(list(zip(a, b)), list(filterfalse(lambda x: x % 3, range(12))), take(3, map(sum, zip(count(), count(100)))))
