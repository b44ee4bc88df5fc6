import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("plain user warning")
warnings.warn("a runtime problem", RuntimeWarning)
for i in range(3):
    warnings.warn("repeated once per location")
old_api()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", UserWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno, caught[0].filename.endswith("warnings_basic.py"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print("after ignore")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip this")
    warnings.warn("keep this")
print([str(w.message) for w in log])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="x = 1"))
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
warnings.warn(RuntimeWarning("instance as message"))
warnings.warn("pending", PendingDeprecationWarning)
print("done")
