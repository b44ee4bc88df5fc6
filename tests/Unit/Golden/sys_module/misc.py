# sys misc: version_info comparisons, maxsize, intern, stdout.write, byteorder-free checks, modules
import sys
print(sys.version_info >= (3, 11), sys.version_info < (4,), sys.version_info[0], sys.version_info.major)
print(sys.version_info[:2] == (3, 11), type(sys.version_info.minor).__name__)
print(sys.maxsize == 2 ** 63 - 1, isinstance(sys.maxsize, int))
a = sys.intern("hello world!")
b = sys.intern("hello " + "world!")
print(a is b, a == b)
n = sys.stdout.write("written directly\n")
print(n)
sys.stderr.write("to stderr\n")
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
print("sys" in sys.modules, "math" in sys.modules or True, type(sys.modules).__name__)
print(sys.__name__, isinstance(sys.path, list), isinstance(sys.platform, str))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(sys.getdefaultencoding(), sys.stdout.encoding)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
