# float special values: inf, nan comparisons and arithmetic, signed zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float("nan")
print([x] == [x], x in [x], x == x)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, 1 / inf * -1)
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(float("nan") > 0 or float("nan") <= 0)
print(inf // 1, inf % 2 if False else "skip", divmod(5.0, inf), -5.0 % inf)
print(int(1e308) > 10 ** 307, 2 ** 1023 * 2.0 if False else float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
