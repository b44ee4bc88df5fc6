# platform: the implementation and version strings, and consistent system facts.
import platform, sys

impl = platform.python_implementation()
print(impl in ("CPython", "gilrun"), impl == "CPython" or sys.implementation.name == "gilrun")
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == platform.system() == "Linux", u.node == platform.node(), u.release == platform.release())
print(u.version == platform.version(), u.machine == platform.machine(), u[4] == u.machine)
print(tuple(u)[:5] == (u.system, u.node, u.release, u.version, u.machine))
print(platform.machine() in ("x86_64", "aarch64"), platform.release() != "")
p = platform.platform()
print(p.startswith("Linux-" + platform.release().replace(" ", "_")), " " not in p)
print(platform.architecture()[0] in ("64bit", "32bit"))
lib, ver = platform.libc_ver()
print(lib in ("glibc", "musl", ""), all(part.isdigit() for part in ver.split(".")) if ver else True)
print(platform.platform(terse=True).startswith("Linux"))
