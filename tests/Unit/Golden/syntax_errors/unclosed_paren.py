# SyntaxError: unclosed parenthesis reported at the opening bracket
print("never printed")
x = (1 + 2
y = 3
