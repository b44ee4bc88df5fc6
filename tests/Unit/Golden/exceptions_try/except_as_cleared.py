# `except E as name` deletes name when the handler ends
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def f():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as u:
    print("UnboundLocalError:", u)

def keep():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return saved
print(repr(keep()))

for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as err:
        last = err
print(repr(last))
print(err)
