# import a.b as c binds the submodule; from-imports of submodules give the same objects.
import ip_pkg.deep.core as c
from ip_pkg.deep import core, helper
from ip_pkg import deep, leaf as lf
print(c is core, c.helper is helper, deep.core is c, lf.leaf_func())
print("ip_pkg" in dir(), "c" in dir())
import ip_pkg
print(ip_pkg.deep is deep, ip_pkg.VERSION)
