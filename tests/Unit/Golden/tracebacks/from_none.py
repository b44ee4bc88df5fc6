# raise ... from None suppresses the context in the uncaught traceback
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("not a number: " + repr(s)) from None
print(convert("1.5"))
convert("x")
