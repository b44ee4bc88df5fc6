# assignment expressions (:=): in if/while/comprehensions, precedence, scoping in functions
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 0, 4]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print([y := 5, y ** 2])
print((x := 10) + x)
def f():
    if (local := 42):
        pass
    return local
print(f())
vals = [3, 8, 1, 9]
print([sq for v in vals if (sq := v * v) > 10], sq)
print(total := sum(vals), total)
def g(a):
    return (b := a * 2), b + 1
print(g(5))
print((z := 1, 2), z)
res = [(chunk := data[j:j + 2]) for j in range(0, 4, 2)]
print(res, chunk)
it = iter("abc")
while (ch := next(it, None)) is not None:
    print("ch", ch)
print(f"{(w := 7)} {w}")
