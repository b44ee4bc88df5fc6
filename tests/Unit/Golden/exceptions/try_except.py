# try/except: matching by class, tuples of classes, base classes, as-binding cleared after block
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return "a" + 1
    return "ok"
for k in range(7):
    try:
        print("result", risky(k))
    except ZeroDivisionError as e:
        print("zero:", e)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except ValueError:
        print("value error (unbound)")
    except Exception as e:
        print("generic:", type(e).__name__, e)
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base:", repr(e))
e = "preexisting"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    try:
        int("z")
    except TypeError:
        print("not here")
except ValueError as v:
    print("outer caught:", v)
try:
    pass
except Exception:
    print("never")
print("done")
