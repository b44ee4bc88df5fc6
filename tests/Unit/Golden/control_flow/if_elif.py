# if/elif/else chains, nested ifs, truthiness in conditions, conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 42, 1000]])
for v in [0, 1, "", "a", [], [0], None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
print("yes" if x else "no", "a" if x > 10 else "b" if x > 5 else "c")
if not x - 7: print("x is seven")
if x == 7 and (x > 100 or x < 10) and not x == 8:
    print("compound")
if 0: print("never")
elif "": print("never")
else: print("else branch")
