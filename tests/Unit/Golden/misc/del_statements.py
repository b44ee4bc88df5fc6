# del: names, globals inside functions, subscripts, slices, nested targets, errors
x = 1
def remove_global():
    global x
    del x
remove_global()
print("x" in globals())
a, b, c = 1, 2, 3
del (a, b), c
print([n for n in ["a", "b", "c"] if n in globals()])
lst = list(range(10))
del lst[1], lst[1]
print(lst)
del lst[-3:]
print(lst)
d = {"k": [1, 2, 3]}
del d["k"][0]
print(d)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del undefined
except NameError as e:
    print("NameError:", e)
try:
    del d["none"]
except KeyError as e:
    print("KeyError:", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
