# __name__ == "__main__", module-level dunder names, locals() is globals() at module level
print(__name__)
if __name__ == "__main__":
    print("running as main")
print(locals() is globals(), __doc__ is None or True)
print(type(__builtins__).__name__ in ("module", "dict"))
def f():
    return __name__
print(f())
print("__name__" in globals(), "__builtins__" in globals(), "__spec__" in globals())
__name__ = "changed"
print(__name__, f())
