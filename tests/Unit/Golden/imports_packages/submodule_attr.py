# The parent attribute is set when the submodule is loaded, not when it is found in sys.modules.
import sys
import ip_pkg.deep.helper
print(ip_pkg.deep.helper.help_text())
del ip_pkg.deep.helper
import ip_pkg.deep.helper
try:
    ip_pkg.deep.helper
except AttributeError as e:
    print(e)
print(sys.modules["ip_pkg.deep.helper"].__name__)
del sys.modules["ip_pkg.deep.helper"]
import ip_pkg.deep.helper
print(ip_pkg.deep.helper.help_text())
