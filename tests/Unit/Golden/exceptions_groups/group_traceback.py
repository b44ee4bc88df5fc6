# the nested box format of an uncaught exception group
def fail(n):
    raise ValueError(f"task {n} failed")

def gather():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [TypeError("t"), KeyError("k")]))
    raise ExceptionGroup("gather failed", errors)

gather()
