from ip_pkg import leaf_func
print(leaf_func())
from ip_pkg import nothing_here
