import warnings

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        emit("same message")
    emit("other message")
    emit("same message")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(2):
        emit("per module")
    emit("per module")
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    emit("kept")
    emit("dropped", RuntimeWarning)
    emit("bytes", BytesWarning)
print([(str(w.message), w.category.__name__) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        emit("default action")
print(len(log))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="fatal")
    try:
        emit("fatal problem")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", message="FATAL")
    emit("fatal again")
    print("ignored case-insensitively")

shown = []
def custom_show(message, category, filename, lineno, file=None, line=None):
    shown.append(f"{category.__name__}: {message} @ {lineno}")
old = warnings.showwarning
warnings.showwarning = custom_show
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("via custom hook")
finally:
    warnings.showwarning = old
print(shown)
print(len(warnings.filters) > 0, warnings.filters[0][0] in ("default", "ignore", "always", "error", "once", "module"))
w = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(w)
