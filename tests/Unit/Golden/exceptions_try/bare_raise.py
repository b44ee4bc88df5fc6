# bare raise re-raises the exception being handled, even from a nested function
import sys
def helper():
    raise

try:
    try:
        raise ValueError("original")
    except ValueError:
        helper()
except ValueError as e:
    print("re-raised:", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
except Exception as e:
    print("after inner handler:", repr(e))

print(sys.exc_info())
def no_active():
    raise
no_active()
