"""Path operations for POSIX systems (os.path): pure string manipulation plus a few file queries."""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "samestat", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _path(function, value):
    """os.fspath with the message the path functions give for a wrong argument type."""
    if isinstance(value, str):
        return value
    try:
        return os.fspath(value)
    except TypeError:
        raise TypeError(f"{function}() argument must be str, bytes, or os.PathLike object, "
                        f"not '{type(value).__name__}'") from None


def normcase(s):
    """POSIX file names are case-sensitive: unchanged."""
    return os.fspath(s)


def isabs(s):
    return _path("isabs", s).startswith(sep)


def join(a, *p):
    """Joins components; an absolute component discards everything before it."""
    path = _path("join", a)
    for b in p:
        b = _path("join", b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is everything after the last slash; head has no trailing slashes unless it is root."""
    p = _path("split", p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it, unless the dot only leads the file name."""
    p = _path("splitext", p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _path("splitdrive", p)
    return p[:0], p


def basename(p):
    p = _path("basename", p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = _path("dirname", p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Removes '.', redundant slashes and 'x/..' pairs (without looking at the file system)."""
    path = _path("normpath", path)
    if not path:
        return curdir
    slashes = 0
    if path.startswith(sep):
        slashes = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split(sep):
        if comp in ("", curdir):
            continue
        if comp != pardir or (not slashes and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * slashes + sep.join(parts)
    return result or curdir


def abspath(path):
    path = _path("abspath", path)
    if not path.startswith(sep):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = _path("realpath", filename)
    path, ok = _resolve('', filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _path("relpath", path)
    start = curdir if start is None else _path("relpath", start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """The longest common leading part (compared item by item, so it may end inside a name)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [os.fspath(x) for x in m]
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the given paths (whole components)."""
    paths = [_path("commonpath", p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split(sep) for p in paths]
    isabs_set = set([p.startswith(sep) for p in paths])
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = sep if paths[0].startswith(sep) else ''
    return prefix + sep.join(common)


def expanduser(path):
    """~ and ~user at the start become home directories ($HOME, else the password database)."""
    path = _path("expanduser", path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            userhome = _home_of(None)
            if userhome is None:
                return path
    else:
        userhome = _home_of(path[1:i])
        if userhome is None:
            return path
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _home_of(user):
    try:
        with open('/etc/passwd') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    uid = str(os.getuid())
    for line in lines:
        fields = line.split(':')
        if len(fields) >= 6 and (fields[0] == user if user is not None else fields[2] == uid):
            return fields[5]
    return None


def expandvars(path):
    """$name and ${name} become the environment variable's value; unknown names are left alone."""
    path = _path("expandvars", path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            whole = path[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            whole = path[i:j]
            if not name:
                out.append(c)
                i += 1
                continue
            i = j
        out.append(os.environ.get(name, whole))
    return ''.join(out)


# ---- queries of the file system --------------------------------------------------------------

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    try:
        s2 = os.lstat(join(path, pardir))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))
