# The script runs as __main__; imported modules see their own names.
import sys
import ib_util
print(__name__, __package__, __spec__, __doc__)
print(type(__loader__).__name__)
print(list(globals())[:9])
print(__file__)
print(sys.modules["__main__"] is sys.modules[__name__])
if __name__ == "__main__":
    print("running as a script")
print(ib_util.__name__ == "ib_util", ib_util.__package__ == "")
