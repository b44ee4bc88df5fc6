def handle(f):
    try:
        f()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except Exception:
        raise
    else:
        print("else")
    finally:
        print("finally")


def reraise():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("boom") from exc


def fin():
    try:
        return 1
    finally:
        print("f")
