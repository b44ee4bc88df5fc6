# TypeError messages for unsupported operands and conversions
none, five, pair, text, key = None, 5, (1, 2), "abc", "x"
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] - 1,
    lambda: {} | [],
    lambda: 2 ** "x",
    lambda: -"a",
    lambda: ~1.5,
    lambda: abs("a"),
    lambda: 1 < "a",
    lambda: [] >= (),
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: 5 in 5,
    lambda: "x" in 5,
    lambda: 1 in "abc",
    lambda: len(5),
    lambda: iter(5),
    lambda: next([]),
    lambda: hash([]),
    lambda: hash({}),
    lambda: {[]: 1},
    lambda: none(),
    lambda: five(),
    lambda: int(None),
    lambda: float([]),
    lambda: "%d" % "a",
    lambda: sorted([1, "a"]),
    lambda: "".join([1]),
    lambda: pair[none],
    lambda: text[key],
    lambda: {}.get(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
x = 1
y = "2"
print(x + y)
