# uncaught ZeroDivisionError at module level with caret line under a binary operation
print("before")
a = 10
b = 0
result = a / b
print("not reached")
