# re-raising the handled exception does not chain it to itself
def f():
    try:
        raise ValueError("only one")
    except ValueError as e:
        raise e

try:
    f()
except ValueError as e:
    print(e.__context__)

def g():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise first
        except KeyError as again:
            print(again is first, again.__context__)
g()

def h():
    err = OSError("stored")
    try:
        raise err
    except OSError:
        pass
    try:
        raise TypeError("t")
    except TypeError:
        raise err
h()
