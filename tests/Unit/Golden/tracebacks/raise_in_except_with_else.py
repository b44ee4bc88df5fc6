# error raised in an else clause (no context) after a successful try
def f():
    try:
        x = 1
    except Exception:
        pass
    else:
        raise LookupError("from else clause")
f()
