# from package import * imports the submodules __all__ names.
import sys
print("ip_pkg.deep" in sys.modules)
from ip_pkg import *
print(leaf.__name__, deep.__name__, VERSION)
print("ip_pkg.deep" in sys.modules, "leaf_func" in dir())
