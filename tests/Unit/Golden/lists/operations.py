# list operations: concatenation, repetition, comparison, membership, nested copies, aliasing
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
print([1, 2] + [3], [0] * 3, 2 * ["x"], [] * 10)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2.0])
print(3 in a, 5 not in a, [1] in [[1], [2]])
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
x = [1]
x.append(x)
print(x, len(x))
print(list(), list("ab"), list(range(3)), list((1, 2)), list({5: 1, 4: 2}))
print(len(a), min(a), max(a), sum(a), a.__len__())
print([1, [2, 3]][1][0], [[1, 2], [3, 4]][-1][-1])
del a[0]; print(a, b)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(a[1.0])
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[-len(a)])
