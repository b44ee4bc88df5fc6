# A failed import leaves nothing in sys.modules; the next import runs the body again.
import sys
for attempt in range(2):
    try:
        import ie_outer
    except ZeroDivisionError as e:
        print(attempt, type(e).__name__, e)
    print("ie_outer" in sys.modules, "ie_body" in sys.modules)
try:
    from ie_body import RESULT
except ZeroDivisionError as e:
    print("from-import:", e)
try:
    import ie_nested
except ModuleNotFoundError as e:
    print(e, e.name, "ie_nested" in sys.modules)
