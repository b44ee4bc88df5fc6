# import a.b.c binds a; each submodule becomes an attribute of its parent.
import sys
import ip_pkg.deep.core
print(ip_pkg.__name__, ip_pkg.deep.__name__, ip_pkg.deep.core.__name__)
print(ip_pkg.deep.core.describe())
print(ip_pkg.__path__, ip_pkg.deep.__path__)
print(ip_pkg.__file__, ip_pkg.deep.core.__file__)
print(ip_pkg.__package__, ip_pkg.deep.__package__, ip_pkg.deep.core.__package__, ip_pkg.leaf.__package__)
print(ip_pkg.__spec__.parent, ip_pkg.deep.core.__spec__.parent, ip_pkg.__spec__.submodule_search_locations)
print(ip_pkg.deep.core.__spec__.submodule_search_locations, ip_pkg.__spec__.name, ip_pkg.deep.core.__spec__.origin)
print(sorted([m for m in sys.modules if m.startswith("ip_")]))
print(hasattr(ip_pkg, "__path__"), hasattr(ip_pkg.leaf, "__path__"))
print(ip_pkg)
print(ip_pkg.deep.helper)
