# A directory without __init__.py is a namespace package; its portions may come from several entries.
import sys
sys.path.append("ip_extra")
import ip_ns.part
import ip_ns.other
print(ip_ns.part.WHERE, ip_ns.other.WHERE)
print(ip_ns.__file__, type(ip_ns.__path__).__name__, ip_ns.__path__)
print(list(ip_ns.__path__), len(ip_ns.__path__))
print(ip_ns.__spec__.origin, ip_ns.__spec__.name, ip_ns.__package__)
print(type(ip_ns.__loader__).__name__, ip_ns.part.__file__)
print(sorted([k for k in vars(ip_ns) if k not in ("__loader__", "__spec__")]))
