# Relative imports resolve against __package__; going above the top package is an ImportError.
import ip_pkg.deep.core
for name in ["ip_pkg.beyond", "ip_pkg.deep.beyond2"]:
    try:
        __import__(name)
    except ImportError as e:
        print(name, type(e).__name__, e)
print(__import__("leaf", {"__package__": "ip_pkg"}, None, ["leaf_func"], 1).__name__)
print(__import__("", {"__package__": "ip_pkg.deep"}, None, ["helper"], 2).__name__)
print(__import__("deep.helper", {"__name__": "ip_pkg.x"}, None, None, 1).__name__)
try:
    __import__("x", {"__name__": "toplevel"}, None, None, 1)
except ImportError as e:
    print(e)
try:
    __import__("x", {"__package__": 3}, None, None, 1)
except TypeError as e:
    print(e)
