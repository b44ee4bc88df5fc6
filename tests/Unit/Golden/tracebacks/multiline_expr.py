# traceback for an error inside a multi-line expression in a function call
def compute(x, y):
    return (x *
            y) + undefined_thing
data = [compute(1, 2) if False else 0,
        compute(3, 4)]
