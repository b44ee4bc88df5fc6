# else runs only when the try body raised nothing; its own exceptions are not caught by the handlers
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("handler", x)
        return "div"
    else:
        print("else", x)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))

def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("caught outside:", e)

for i in range(2):
    try:
        if i:
            raise IndexError(i)
    except IndexError as e:
        print("except", e)
    else:
        print("else", i)

try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
else:
    print("no")
try:
    [].pop()
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
