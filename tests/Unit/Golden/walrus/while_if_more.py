# walrus in while conditions over lists, nested walrus, walrus with comparisons and chains
queue = [1, 2, 3]
while queue and (item := queue.pop(0)) < 3:
    print("processing", item)
print("stopped with", item, queue)
if (a := 3) and (b := a * 2) > 5:
    print(a, b)
print((c := (d := 4) + 1), c, d)
values = [0, 7, 0, 9]
nonzero = [v for v in values if (w := v)]
print(nonzero, w)
text = "key=value"
if (eq := text.find("=")) != -1:
    print(text[:eq], text[eq + 1:])
def f(x):
    return (y := x * 2) + y
print(f(3))
n = 0
while (n := n + 1) < 5:
    pass
print(n)
print([(z := i) * z for i in range(4)], z)
