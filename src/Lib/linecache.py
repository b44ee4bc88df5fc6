"""Cache of the lines of source files, for tracebacks and warnings: getline(filename, lineno)
returns the line (with its newline) or '' when the file or line does not exist."""

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname), the shape CPython's cache entries have; size and
# mtime are None here.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, updating the cache if needed."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating the cache if needed."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that may be stale (all when filename is None), so the next
    getline() reads the file again. (Entries do not record file sizes and times: every entry
    is treated as possibly stale.)"""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read the file's lines into the cache; return them ([] when it cannot be read)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, "r", encoding="utf-8", errors="replace") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (None, None, lines, filename)
    return lines
