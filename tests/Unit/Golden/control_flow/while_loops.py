# while loops: else clause, break skipping else, continue, nested loops with flags
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while-else ran, i =", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
print("after break n =", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("not printed")
j = 0
while j < 0:
    print("never")
else:
    print("else of empty while")
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print(outer, inner)
    outer += 1
