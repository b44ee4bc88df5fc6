# nested loops with break/continue/else interacting at several levels, loop over changing bounds
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner completed for i =", i)
count = 0
n = 5
while n:
    n -= 1
    for k in range(n):
        if k > 2:
            break
        count += 1
    else:
        count += 100
print(count)
result = []
for x in range(10):
    if x % 2 == 0:
        continue
    elif x > 7:
        break
    result.append(x)
else:
    result.append("no break")
print(result)
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            continue
    finally:
        print("finally", i)
