# finally with return/break/continue overriding exceptions and return values
def f1():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("finally", i)
            continue
    return "loop ended"
print(f1())
def f2():
    while True:
        try:
            raise KeyError("x")
        finally:
            break
    return "broke out, exception discarded"
print(f2())
def f3():
    x = "initial"
    try:
        return x
    finally:
        x = "changed in finally"
print(f3())
def f4():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated")
print(f4())
def f5(n):
    try:
        if n:
            return "try"
    finally:
        print("cleanup", n)
    return "after"
print(f5(1), f5(0))
def f6():
    try:
        try:
            return 1
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        return "caught " + str(e)
print(f6())
count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        count += 10
    finally:
        count += 1
print(count)
