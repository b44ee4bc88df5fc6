# except clauses match by class hierarchy, tuples, and evaluate lazily
import sys
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__

for exc in [KeyError(1), IndexError(2), LookupError(), ZeroDivisionError(), OverflowError(),
            ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), KeyboardInterrupt(), SystemExit(2),
            GeneratorExit(), ModuleNotFoundError("m"), FileNotFoundError(2, "nf")]:
    print(classify(exc))

calls = []
def pick(t):
    calls.append(t.__name__)
    return t
try:
    raise TypeError("t")
except pick(ValueError):
    pass
except pick(TypeError):
    print("matched TypeError, evaluated:", calls)

try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 5):
        print("first element matched")
except TypeError as e:
    print("tuple check:", e)
