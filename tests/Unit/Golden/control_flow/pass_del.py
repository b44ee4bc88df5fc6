# pass statements and del of names, list items, slices, dict keys; deleted-name errors
def empty():
    pass
print(empty())
if True:
    pass
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
try:
    b
except NameError as e:
    print("NameError:", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
t = [[1, 2], [3, 4]]
del t[0][1]
print(t)
try:
    del t[5]
except IndexError as e:
    print("IndexError:", e)
