# three-deep exception chain: context of a context, mixed with explicit cause
def step1():
    raise ValueError("step1 failed")
def step2():
    try:
        step1()
    except ValueError as e:
        raise KeyError("step2") from e
def step3():
    try:
        step2()
    except KeyError:
        raise RuntimeError("step3 gave up")
step3()
