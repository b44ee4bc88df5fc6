def cond(a, b, c):
    if a and b or c:
        return 1
    elif not a:
        return 2
    x = a if b else c
    if a is None:
        x = 3
    if b in (1, 2):
        x = 4
    if c not in [1, 2]:
        x = 5
    return x
