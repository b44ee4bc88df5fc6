# nested try statements: which handler catches, and in what order the clauses run
def trace(kind):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            if kind == "key":
                raise KeyError("k")
        except ValueError:
            log.append("inner except ValueError")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except TypeError:
        log.append("outer except TypeError")
    finally:
        log.append("outer finally")
    return log

for kind in ["none", "value", "type"]:
    print(kind, trace(kind))
try:
    trace("key")
except KeyError as e:
    print("escaped:", repr(e))

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("inner caught", t)
        print("still handling first")
handler_raises()

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
deep(3)
