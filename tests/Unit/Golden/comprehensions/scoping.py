# comprehension scoping: own scope, loop var doesn't leak, class-free closures, outer iterable evaluated first
x = "outer"
res = [x for x in range(3)]
print(res, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}
print(f())
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns2])
n = 3
print([[n for n in range(n)] for _ in range(2)], n)
def g():
    data = [1, 2, 3]
    return [v for v in data if v in data]
print(g())
try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print("NameError:", e)
print([(lambda: j)() for j in range(3)])
i = "kept"
_ = [i for i in "ab"]
print(i)
