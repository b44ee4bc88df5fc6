import sys
try:
    import ic_d
except ImportError as e:
    print(type(e).__name__, e.name, str(e).replace(sys.path[0] + "/", ""))
print(sorted([m for m in sys.modules if m.startswith("ic_")]))
