# operator precedence: arithmetic, bitwise, comparison, boolean, ternary, unary, power
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 6 & 3 << 1, ~1 + 1, -~1)
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, not (1 == 2))
print(True or False and False, (True or False) and False, not True or True)
print(1 if 0 else 2 if 0 else 3, (1 if 1 else 2) + 10, 1 if 1 else 2 + 10)
print(3 - -3, 3 + +3, - - -3, 2 * -3, 4 ** -+1)
print("a" + "b" * 2, ("a" + "b") * 2, [1] * 2 + [3])
print(5 > 3 and 2 > 1 or 0, 0 or 1 and 2, 1 and 0 or 3)
print(2 ** 2 * 3, 2 * 2 ** 3, -3 ** 2 * 2, (-3) ** 2)
print(1 + 2 if True else 3, 8 >> 1 + 1, 1 < 2 < 3 if True else 0)
x = 3
print(x if x > 2 else -x, (lambda: 1 if False else "lambda body" if False else None)())
