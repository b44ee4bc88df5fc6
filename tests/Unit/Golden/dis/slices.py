def slices(a, i, j):
    b = a[1:2]
    c = a[::2]
    a[i:j] = b
    del a[0]
    first, *rest = a
    x, (y, z) = 1, (2, 3)
    a[0] += 1
    return b, c, first, rest
