# A script has no parent package: a relative import in it fails.
print("before")
from . import ip_plain
