# Issue 5's measure: a `for x in gen()` loop over 10 million items, written inside a function.
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    total = 0
    for x in gen(10_000_000):
        total += x
    print(total)


main()
