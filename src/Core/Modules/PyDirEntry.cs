// os.DirEntry and the iterator os.scandir returns. The file type comes from readdir's d_type when the
// file system reports it (no extra system call, as in CPython), else from stat.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;

public sealed class PyDirEntry : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private const byte DtUnknown = 0, DtDir = 4, DtReg = 8, DtLnk = 10;
    private const uint SIfmt = 0xF000, SIfdir = 0x4000, SIfreg = 0x8000, SIflnk = 0xA000;

    public string Name { get; }
    public string Path { get; }
    private readonly byte _type;

    public PyDirEntry(string name, string path, byte dtype)
    {
        Name = name;
        Path = path;
        _type = dtype;
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("DirEntry", typeof(PyDirEntry));
        t.Module = "posix";
        t.AddMethod("is_dir", static (self, a, k) => Py.Bool(((PyDirEntry)self).Is(SIfdir, DtDir, Follow("is_dir", a, k))));
        t.AddMethod("is_file", static (self, a, k) => Py.Bool(((PyDirEntry)self).Is(SIfreg, DtReg, Follow("is_file", a, k))));
        t.AddMethod("is_symlink", static (self, a, k) =>
        {
            ArgParser.Exactly("is_symlink", a, k, 0);
            return Py.Bool(((PyDirEntry)self).Is(SIflnk, DtLnk, false));
        });
        t.AddMethod("stat", static (self, a, k) => PosixModule.Stat(((PyDirEntry)self).Path, Follow("stat", a, k)));
        t.AddMethod("inode", static (self, a, k) => PosixModule.Stat(((PyDirEntry)self).Path, false).Tuple[1]);
        t.AddMethod("__fspath__", static (self, a, k) => PyStr.From(((PyDirEntry)self).Path));
        return t;
    }

    private static bool Follow(string fname, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var p = ArgParser.Bind(fname, a, k, ["follow_symlinks"], 0, 0);
        return p[0] is null || Ops.IsTrue(p[0]!);
    }

    private bool Is(uint kind, byte dtype, bool follow)
    {
        if (_type != DtUnknown && !(follow && _type == DtLnk)) return _type == dtype;
        int errno = PosixNative.Stat(Path, follow, out var st);
        return errno == 0 && (st.Mode & SIfmt) == kind;
    }

    public override PyType Type => TypeObject;

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "name" => PyStr.From(Name),
        "path" => PyStr.From(Path),
        _ => base.LookupAttr(name),
    };

    public override string Repr() => $"<DirEntry {Ops.Repr(PyStr.From(Name))}>";
}

/// <summary>posix.ScandirIterator: yields DirEntry objects; a context manager that closes itself.</summary>
public sealed class PyScandirIterator : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private readonly string _dir;
    private readonly List<(string Name, byte Type)> _names;
    private int _next;

    internal PyScandirIterator(string dir, List<(string, byte)> names)
    {
        _dir = dir;
        _names = names;
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("ScandirIterator", typeof(PyScandirIterator));
        t.Module = "posix";
        t.AddMethod("__enter__", static (self, a, k) => self);
        t.AddMethod("__exit__", static (self, a, k) => { ((PyScandirIterator)self).Close(); return Py.False; });
        t.AddMethod("close", static (self, a, k) => { ((PyScandirIterator)self).Close(); return Py.None; });
        t.AddMethod("__iter__", static (self, a, k) => self);
        t.AddMethod("__next__", static (self, a, k) => self.Next() ?? throw PyErr.StopIteration());
        return t;
    }

    private void Close() => _next = _names.Count;

    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject? Next()
    {
        if (_next >= _names.Count) return null;
        var (name, type) = _names[_next++];
        var path = _dir == "." ? "./" + name : _dir.EndsWith('/') ? _dir + name : _dir + "/" + name;
        return new PyDirEntry(name, path, type);
    }
}
