# traceback through a decorator wrapper function shows the wrapper frame
def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper
@logged
def divide(a, b):
    return a // b
print(divide(7, 2))
divide(1, 0)
