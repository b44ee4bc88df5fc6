"""Identify the platform and the Python implementation: system(), node(), release(), version(),
machine(), processor(), uname(), architecture(), libc_ver(), platform(), python_implementation(),
python_version() and python_version_tuple(), as CPython 3.11's platform module reports them.

The operating-system facts come from os.uname() when the runtime has it, else from the Linux files
/proc/sys/kernel/{ostype,hostname,osrelease,version,arch}. python_implementation() is derived from
sys.implementation.name: "CPython" for cpython, "gilrun" under gilrun (scripts that compare it with
"CPython", such as the GIL experiments, then take their non-CPython path).
"""

import collections
import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'libc_ver', 'machine', 'node', 'platform',
           'processor', 'python_implementation', 'python_version', 'python_version_tuple',
           'release', 'system', 'uname', 'uname_result', 'version']

_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
    'gilrun': 'gilrun',
}


def python_implementation():
    """The Python implementation's name: 'CPython', 'PyPy', ..., 'gilrun'."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """The Python version as 'major.minor.patchlevel' (patchlevel 0 when absent)."""
    info = sys.version_info
    return '%d.%d.%d' % (info[0], info[1], info[2])


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(python_version().split('.'))


def _read_kernel_file(name):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


def _raw_uname():
    # (sysname, nodename, release, version, machine), as os.uname() gives them.
    os_uname = getattr(os, 'uname', None)
    if os_uname is not None:
        try:
            u = os_uname()
            return (u[0], u[1], u[2], u[3], u[4])
        except OSError:
            pass
    if sys.platform.startswith('linux'):
        return (_read_kernel_file('ostype') or 'Linux', _read_kernel_file('hostname'),
                _read_kernel_file('osrelease'), _read_kernel_file('version'),
                _read_kernel_file('arch'))
    return ('', '', '', '', '')


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """The result of uname(): system, node, release, version, machine, and processor (looked up
    only when asked for)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor); '' for what cannot be determined."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    system, node, release, version, machine = _raw_uname()
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux', 'Darwin', 'Windows'."""
    return uname().system


def node():
    """The computer's network name (may be '')."""
    return uname().node


def release():
    """The system's release, e.g. the kernel version on Linux."""
    return uname().release


def version():
    """The system's release version (the kernel build string on Linux)."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The processor name. CPython asks `uname -p` on Linux, which usually says 'unknown' and is
    reported as ''; gilrun starts no processes, so it is '' on Linux as well."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: the pointer size in bits ('64bit') and the executable
    format ('ELF' on Linux)."""
    if not bits:
        bits = '%dbit' % (64 if sys.maxsize > 2 ** 32 else 32)
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


def _libc_path():
    # The C library mapped into this process, from /proc/self/maps.
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(' ')[-1]
                base = path.rsplit('/', 1)[-1]
                if base.startswith('libc.so') or base.startswith('libc-'):
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version) of the C library the interpreter uses, e.g. ('glibc', '2.36'); the given
    defaults when it cannot be determined."""
    confstr = getattr(os, 'confstr', None)
    if executable is None and confstr is not None:
        try:
            parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
    path = executable if executable is not None else _libc_path()
    if path is None:
        return lib, version
    # glibc carries its banner: "GNU C Library (...) stable release version 2.36."
    marker = b' release version '
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    at = data.find(marker)
    if at >= 0 and data.rfind(b'GNU C Library', max(0, at - 200), at) >= 0:
        start = at + len(marker)
        end = start
        while end < len(data) and data[end] in b'0123456789.':
            end += 1
        found = data[start:end].decode('ascii').rstrip('.')
        if found:
            return 'glibc', found
    return lib, version


def _platform(*args):
    # Joins the non-empty parts with '-', in a form fit for a file name.
    text = '-'.join(x.strip() for x in args if len(x))
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_' if ch == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text and text[-1] == '-':
        text = text[:-1]
    return text


_platform_cache = {}


def platform(aliased=0, terse=0):
    """One human-readable string naming the platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36' (terse: only system and release where that is the form)."""
    key = (aliased, terse)
    cached = _platform_cache.get(key)
    if cached is not None:
        return cached
    u = uname()
    system, release, version, machine = u.system, u.release, u.version, u.machine
    proc = u.processor
    if machine == proc:
        proc = ''
    if system == 'Linux':
        libname, libversion = libc_ver()
        result = _platform(system, release, machine, proc, 'with', libname + libversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, proc, bits, linkage)
    _platform_cache[key] = result
    return result


_os_release_cache = None


def freedesktop_os_release():
    """The /etc/os-release (or /usr/lib/os-release) fields as a dict; OSError if neither exists."""
    global _os_release_cache
    if _os_release_cache is None:
        errno_value = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno_value = e.errno
        else:
            raise OSError(errno_value, "Unable to read files /etc/os-release, /usr/lib/os-release")
    return _os_release_cache.copy()


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        name, _, value = line.partition('=')
        if not name.replace('_', 'A').isalnum() or not name[0].isalpha():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            # Shell escapes inside quotes: \\ \$ \" \' \`
            out = []
            i = 0
            while i < len(value):
                ch = value[i]
                if ch == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                    out.append(value[i + 1])
                    i += 2
                    continue
                out.append(ch)
                i += 1
            value = ''.join(out)
        info[name] = value
    return info
