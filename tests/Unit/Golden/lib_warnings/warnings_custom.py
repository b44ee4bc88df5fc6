import warnings

class MyWarning(UserWarning):
    pass

def check(x):
    if x < 0:
        warnings.warn(f"negative value {x}", MyWarning, stacklevel=2)
    return abs(x)

print(check(-3))
warnings.warn(MyWarning("instance message"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always", MyWarning)
    check(-1); check(-1)
print(len(log), log[0].category.__name__, issubclass(log[0].category, UserWarning))
warnings.simplefilter("error", MyWarning)
try:
    check(-2)
except MyWarning as e:
    print("raised", e)
