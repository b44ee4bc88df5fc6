# uncaught AttributeError with caret under attribute access inside a nested expression
def get_len(items):
    return items.length()
values = [1, 2, 3]
print(len(values))
total = 5 + get_len(values)
