def comps(data):
    a = [x * 2 for x in data if x]
    b = {x for x in data}
    c = {k: v for k, v in data.items()}
    d = (y for x in data for y in x)
    e = [[i + j for j in range(3)] for i in range(3)]
    return a, b, c, d, e


def walrus(data):
    if any((y := v) > 3 for v in data):
        return y
    return [z := 1, z]
