# IndexError and KeyError messages; KeyError shows the repr of its key
cases = [
    lambda: [1][5],
    lambda: [][0],
    lambda: (1,)[-3],
    lambda: "a"[5],
    lambda: b"a"[5],
    lambda: range(3)[5],
    lambda: [].pop(),
    lambda: [1].pop(4),
    lambda: {}[1],
    lambda: {}["a"],
    lambda: {}[(1, 2)],
    lambda: {}[""],
    lambda: {"a": 1}.pop("b"),
    lambda: set().pop(),
    lambda: set().remove(3),
    lambda: {}.popitem(),
]
for case in cases:
    try:
        case()
    except LookupError as e:
        print(type(e).__name__, repr(e), str(e))
l = [1, 2, 3]
l[3] = 4
