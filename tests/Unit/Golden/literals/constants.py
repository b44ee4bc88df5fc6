# Constant literals: None, True, False, Ellipsis and their reprs and types
print(None, True, False, ..., Ellipsis)
print(type(None).__name__, type(True).__name__, type(...).__name__)
print(... is Ellipsis, None is None, True is not False)
print(repr(None), repr(True), str(False), repr(...))
print(None == None, None == 0, None == False, not None)
print(True + True, True * 10, False - 1, -True)
print(int(True), float(False), str(True).upper())
print(bool(None), bool(...), bool(0), bool(""), bool(" "))
print(__debug__)
x = None
print(x is None, x is not None)
print([None, True, ...])
