# Circular imports are harmless when the names are used only after both modules finished.
import ic_f
import ic_e
print(ic_e.e_func(), ic_f.back())
print(ic_e.ic_f is ic_f, ic_f.ic_e is ic_e)
