# raise forms: raise class, raise instance, bare raise re-raises, raise in except, args
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraiser():
    try:
        int("bad")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise TypeError("ctx")
    except TypeError:
        raise KeyError("new")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("x")
    except TypeError:
        raise ValueError("y") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err)
