# sys.setswitchinterval / getswitchinterval: microsecond truncation, errors, values read back.
import sys

print(sys.getswitchinterval())
for value in [0.001, 0.0012345678, 1e-6, 1e-9, 1, True, 0.05, 2.5, 1e-7 * 15]:
    sys.setswitchinterval(value)
    print(repr(value), "->", sys.getswitchinterval())
for bad in [0, -1, 0.0, -1e-9, False]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(sys.getswitchinterval())
for bad in ["0.1", None, [1]]:
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: sys.setswitchinterval(), lambda: sys.setswitchinterval(1, 2), lambda: sys.getswitchinterval(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
