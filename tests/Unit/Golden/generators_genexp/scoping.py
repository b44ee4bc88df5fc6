# Genexp scoping: class bodies, closures, late binding.
class A:
    xs = [1, 2, 3]
    first = list(x for x in xs)
    try:
        pairs = list((x, y) for x in xs for y in xs)
    except NameError as e:
        print("NameError:", e)
print(A.first)

funcs = list((lambda: i) for i in range(3))
print([f() for f in funcs])

gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])

def make():
    n = 1
    g = (n * x for x in range(3))
    n = 10
    return list(g)
print(make())

nested = (list(y for y in range(x)) for x in range(4))
print(list(nested))

def unbound():
    g = (v for v in range(2) if w)
    try:
        list(g)
    except NameError as e:
        print("NameError:", e)
unbound()
