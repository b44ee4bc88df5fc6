# match: sequence patterns (fixed, starred, nested), mapping patterns (**rest), literal, capture,
# wildcard, or-patterns, guards and as-patterns
def describe(x):
    match x:
        case []:
            return "empty"
        case [0]:
            return "just zero"
        case [int(a), int(b)] if a == b:
            return f"pair of equal ints {a}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [_, [_, *inner] as sub, *_]:
            return f"nested {sub} inner={inner}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle with {sorted(rest)}"
        case {}:
            return "some other mapping"
        case "yes" | "y" | True:
            return "affirmative"
        case None:
            return "nothing"
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case (1, 2, 3):
            return "tuple 123"
        case _:
            return f"other {type(x).__name__}"

for v in [[], [0], [4, 4], [4, 5], ("a", "b"), [1, 2, 3, 4, 5], [9, [8, 7, 6], 5], (1, 2, 3),
          {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {"k": 1},
          "yes", True, None, 2, "123", "abc", 3.5, "ab", b"xy", range(2)]:
    print(repr(v), "->", describe(v))

# strings and bytes are not sequences for patterns; iterators are not either
match "ab":
    case [a, b]: print("matched as sequence")
    case _: print("str is not a sequence pattern")
match iter([1, 2]):
    case [a, b]: print("iterator matched")
    case _: print("iterator is not a sequence")
# the subject is evaluated once; names bound by a failed case may stay bound (CPython detail not relied on)
import collections
match collections.OrderedDict(a=1):
    case {"a": 1}: print("OrderedDict is a mapping")
match collections.deque([1, 2]):
    case [1, 2]: print("deque is a sequence")
