# SyntaxError: cannot assign to a function call / literal
print("never printed")
f() = 5
