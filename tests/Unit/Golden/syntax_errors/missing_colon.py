# SyntaxError: missing colon after if
print("never printed")
if True
    print("x")
