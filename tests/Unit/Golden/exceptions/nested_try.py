# nested try blocks: inner handlers, exceptions escaping inner finally, handler raising new exception caught outside
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise TypeError("one")
            return "fine"
        except ValueError as e:
            return "inner caught " + str(e)
        finally:
            print("inner finally", n)
    except TypeError as e:
        return "outer caught " + str(e)
    finally:
        print("outer finally", n)
for n in range(3):
    print(level(n))
def handler_raises():
    try:
        try:
            {}["a"]
        except KeyError:
            raise IndexError("converted")
    except IndexError as e:
        return repr(e) + " ctx=" + repr(e.__context__)
print(handler_raises())
def except_order():
    try:
        raise KeyError("k")
    except Exception:
        return "Exception first wins"
    except KeyError:
        return "never"
print(except_order())
try:
    try:
        raise ValueError("a")
    except (TypeError, ValueError) as e:
        print("tuple match", e)
        raise
except ValueError as e:
    print("re-raised to outer", e)
