# Comments, explicit and implicit line continuation, semicolons, blank lines
x = 1 + \
    2 + \
    3
print(x)  # trailing comment
y = (1 +
     2   # comment inside parens
     + 3)
print(y)
z = [
    1,
    2,


    3,
]
print(z)
d = {'a': 1,
     'b': 2}
print(d)
if x == 6: print("one-line if"); print("second stmt")
def f(): return "one-line def"
print(f())
s = ("implicit "
     "string "   # comment
     'concatenation')
print(s)
    # indented comment at odd place
print("done")
