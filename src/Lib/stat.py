"""Constants and tests for the st_mode field of os.stat() results."""

_S_IFMT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)


def S_IMODE(mode):
    """The permission bits of a mode (those chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of a mode."""
    return mode & _S_IFMT_BITS


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


_TYPE_CHARS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
               (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def filemode(mode):
    """The 'ls -l' form of a mode, such as '-rw-r--r--'."""
    kind = "?"
    for bits, char in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            kind = char
            break
    out = [kind]
    for who, (r, w, x, special, on_special, off_special) in enumerate((
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"))):
        out.append("r" if mode & r else "-")
        out.append("w" if mode & w else "-")
        if mode & special:
            out.append(on_special if mode & x else off_special)
        else:
            out.append("x" if mode & x else "-")
    return "".join(out)
