# closures: captured variables, late binding, counters with nonlocal, independent instances
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = "before"
    def get():
        return x
    x = "after"
    return get
print(outer()())
def acc(total=0):
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc(100)
print(a(1), a(10), a.__closure__[0].cell_contents)
def deep():
    v = 1
    def l1():
        def l2():
            def l3():
                return v * 100
            return l3()
        return l2()
    return l1()
print(deep())
def shared():
    state = []
    def push(x):
        state.append(x)
    def get():
        return list(state)
    return push, get
push, get = shared()
push(1); push(2)
print(get(), len(get.__closure__))
