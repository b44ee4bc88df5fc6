# an exception raised in finally chains to the one that was propagating
def f():
    try:
        raise ValueError("propagating")
    finally:
        print("cleanup runs")
        {}["missing"]

f()
