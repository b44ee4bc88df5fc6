# SyntaxError: invalid character / invalid syntax
x = 5 $ 3
