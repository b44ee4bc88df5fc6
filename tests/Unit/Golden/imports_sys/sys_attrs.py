# sys attributes a program commonly reads.
import sys
print(sys.platform, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.executable).__name__, len(sys.executable) > 0, sys.byteorder in ("little", "big"))
print(type(sys.implementation.name).__name__, sys.implementation.version[:2], type(sys.implementation.cache_tag).__name__)
print(sys.argv[0], sys.argv[1:], type(sys.modules).__name__, sys.modules["sys"] is sys)
print("builtins" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
print(type(sys.meta_path).__name__, len(sys.meta_path) > 0, sys.maxsize == 2 ** 63 - 1)
print(sys.__name__, sys.__spec__.name, sys.__spec__.origin, sys.__package__, sys)
