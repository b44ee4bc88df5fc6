# ValueError, ZeroDivisionError and OverflowError messages
cases = [
    lambda: int("x"),
    lambda: int("12", 99),
    lambda: int(""),
    lambda: float("x"),
    lambda: [1, 2].index(3),
    lambda: [1, 2].remove(3),
    lambda: "abc".index("z"),
    lambda: chr(-1),
    lambda: range(1, 2, 0),
    lambda: [1, 2, 3][::0],
    lambda: a_b_c,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 2.0 ** 10000,
    lambda: float(10 ** 400),
    lambda: pow(2, 3, 0),
    lambda: round(float("inf")),
    lambda: int(float("nan")),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, b = [1, 2, 3]
