# match statement: literal, capture, wildcard, sequence, mapping, or-patterns, guards
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative " + str(n)
        case str() as s:
            return "string " + s
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"kind": kind, **others}:
            return f"mapping kind={kind} others={others}"
        case None:
            return "none"
        case _:
            return "other " + repr(v)
for v in [0, 2, -5, "hi", [1, 2], (1, 2, 3), {"kind": "k", "x": 1}, None, 3.5, [], 100]:
    print(describe(v))
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x-axis {x}"
        case (0, y):
            return f"y-axis {y}"
        case (x, y):
            return f"point {x} {y}"
        case _:
            return "not a point"
print([point(p) for p in [(0, 0), (3, 0), (0, 4), (1, 2), "ab", (1, 2, 3)]])
match 5:
    case 6:
        print("no")
print("no match falls through")
