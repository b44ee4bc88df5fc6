# exceptions inside loops and comprehensions: continue after errors, error inside listcomp propagates
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError as e:
        results.append(type(e).__name__)
        continue
    finally:
        results.append("|")
print(results)
try:
    print([10 // x for x in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("comprehension raised:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, b) for b in [2, 0, 4]])
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        break
    except RuntimeError as e:
        print("attempt", attempts, e)
print("succeeded after", attempts)
errors = {}
for expr in ["1/0", "[][0]", "{}[1]", "int('q')", "None.x", "undefined", "1+'a'", "2**2"]:
    try:
        eval(expr)
        errors[expr] = "ok"
    except Exception as e:
        errors[expr] = type(e).__name__
print(errors)
