# format_exception with one argument or (type, value, tb), chain=False, format_exception_only
import traceback

def boom():
    try:
        [][0]
    except IndexError as e:
        raise KeyError("k") from e

try:
    boom()
except KeyError as err:
    new_style = traceback.format_exception(err)
    old_style = traceback.format_exception(type(err), err, err.__traceback__)
    print(new_style == old_style, len(new_style))
    for chunk in new_style:
        print(repr(chunk))
    print("".join(traceback.format_exception(err, chain=False)), end="")
    print(traceback.format_exception(err, limit=0))
    print(traceback.format_exception_only(err))
    print(traceback.format_exception_only(KeyError, err))
    print(traceback.format_exception(None))
    try:
        traceback.format_exception(err, err)
    except ValueError as e:
        print("ValueError:", e)
    try:
        traceback.format_exception("x")
    except TypeError as e:
        print("TypeError:", e)
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 2, 3, "a = = 1\n"))), end="")
e = ValueError("with note")
e.add_note("extra")
print(traceback.format_exception_only(e))
