# 'return' outside function: a class body is not a function, so the compiler rejects the file
class C:
    x = 1
    return x
