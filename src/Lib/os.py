"""Operating-system interfaces: the posix module's calls, os.path (posixpath), os.environ and the
helpers written in Python (makedirs, removedirs, walk, getenv)."""

import sys
import posix
from posix import *
from posix import environ as _posix_environ

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull


class PathLike:
    """The protocol of objects that stand for a file system path (they define __fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


class _Environ:
    """os.environ: a mapping of the process environment; changes are passed on to the OS."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __repr__(self):
        return 'environ({' + ', '.join([f'{k!r}: {v!r}' for k, v in self._data.items()]) + '})'

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        result = dict(self._data)
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix_environ)


def getenv(key, default=None):
    """The value of an environment variable, or default when it is not set."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir that also creates missing parent directories."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then the parents that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename that creates the new parents and removes the old ones left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class _Walk:
    """The iterator os.walk returns: (dirpath, dirnames, filenames) for each directory of a tree.

    Top-down, a directory's children are visited after the caller has seen (and possibly pruned)
    its dirnames list; bottom-up, a directory comes after all of its children."""

    def __init__(self, top, topdown, onerror, followlinks):
        self._topdown = topdown
        self._onerror = onerror
        self._followlinks = followlinks
        self._stack = [fspath(top)]
        self._pending = None

    def __iter__(self):
        return self

    def _scan(self, top):
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if self._onerror is not None:
                self._onerror(error)
            return None
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not self._topdown and is_dir:
                if self._followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
        return dirs, nondirs, walk_dirs

    def __next__(self):
        if self._topdown:
            if self._pending is not None:
                top, dirs = self._pending
                self._pending = None
                for dirname in reversed(dirs):
                    new_path = path.join(top, dirname)
                    if self._followlinks or not path.islink(new_path):
                        self._stack.append(new_path)
            while self._stack:
                top = self._stack.pop()
                scanned = self._scan(top)
                if scanned is None:
                    continue
                dirs, nondirs, _ = scanned
                self._pending = (top, dirs)
                return top, dirs, nondirs
            raise StopIteration
        while self._stack:
            item = self._stack.pop()
            if isinstance(item, tuple):
                return item
            scanned = self._scan(item)
            if scanned is None:
                continue
            dirs, nondirs, walk_dirs = scanned
            self._stack.append((item, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                self._stack.append(new_path)
        raise StopIteration


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for top and every directory below it."""
    return _Walk(top, topdown, onerror, followlinks)
