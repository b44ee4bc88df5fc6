# bare raise inside except keeps the original traceback lines
def inner():
    return [1, 2, 3][10]
def outer():
    try:
        inner()
    except IndexError:
        print("logging and re-raising")
        raise
outer()
