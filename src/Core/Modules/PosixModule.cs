// The posix module (CPython's Modules/posixmodule.c): the operating-system calls that os.py (src/Lib)
// builds the os module on. Errors are OSError subclasses with CPython's errno, strerror and file
// names, because the calls go to libc (PosixNative) as CPython's do.
namespace GilRuntime.Core.Modules;

using System.Security.Cryptography;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using GilRuntime.Core.Runtime.Import;

public static class PosixModule
{
    public static PyModule Create()
    {
        var m = ImportSystem.NewModule("posix", PyStr.From("This module provides access to operating system functionality."));
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry kv in Environment.GetEnvironmentVariables())
            environ.SetItem(PyStr.From((string)kv.Key), PyStr.From((string?)kv.Value ?? ""));
        m.Add("environ", environ);
        m.Add("F_OK", PyInt.From(0)); m.Add("R_OK", PyInt.From(4)); m.Add("W_OK", PyInt.From(2)); m.Add("X_OK", PyInt.From(1));
        m.Add("stat_result", PyStatResult.TypeObject);
        m.Add("DirEntry", PyDirEntry.TypeObject);

        m.AddFunction("getcwd", static (a, k) => { ArgParser.Exactly("getcwd", a, k, 0); return PyStr.From(Directory.GetCurrentDirectory()); });
        m.AddFunction("getpid", static (a, k) => PyInt.From(Environment.ProcessId));
        m.AddFunction("getppid", static (a, k) => PyInt.From(PosixNative.getppid()));
        m.AddFunction("getuid", static (a, k) => PyInt.From(PosixNative.getuid()));
        m.AddFunction("cpu_count", static (a, k) => PyInt.From(Environment.ProcessorCount));
        m.AddFunction("fspath", static (a, k) => { var p = ArgParser.Bind("fspath", a, k, ["path"], 1); return FsPath(p[0]!); });
        m.AddFunction("strerror", static (a, k) =>
        {
            ArgParser.Exactly("strerror", a, k, 1);
            return PyStr.From(PosixNative.StrError((int)Ops.AsIndex(a[0])));
        });
        m.AddFunction("urandom", static (a, k) =>
        {
            ArgParser.Exactly("urandom", a, k, 1);
            var n = Ops.AsIndex(a[0]);
            if (n < 0) throw PyErr.ValueError("negative argument not allowed");
            return PyBytes.From(RandomNumberGenerator.GetBytes((int)n));
        });
        m.AddFunction("chdir", static (a, k) =>
        {
            var path = PathArg("chdir", a, k);
            Check(PosixNative.chdir(path), path);
            return Py.None;
        });
        m.AddFunction("mkdir", static (a, k) =>
        {
            var p = ArgParser.Bind("mkdir", a, k, ["path", "mode", "dir_fd"], 1);
            var path = PathString(p[0]!, "mkdir");
            var mode = p[1] is null ? 0x1FF : (uint)Ops.AsIndex(p[1]!);
            Check(PosixNative.mkdir(path, mode), path);
            return Py.None;
        });
        m.AddFunction("rmdir", static (a, k) => { var path = PathArg("rmdir", a, k); Check(PosixNative.rmdir(path), path); return Py.None; });
        BuiltinFn unlink = static (a, k) => { var path = PathArg("remove", a, k); Check(PosixNative.unlink(path), path); return Py.None; };
        m.AddFunction("remove", unlink);
        m.AddFunction("unlink", unlink);
        BuiltinFn rename = static (a, k) =>
        {
            var p = ArgParser.Bind("rename", a, k, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2);
            var src = PathString(p[0]!, "rename");
            var dst = PathString(p[1]!, "rename");
            if (PosixNative.rename(src, dst) != 0)
            {
                int errno = PosixNative.Errno;
                throw PyErr.New(ExceptionTypes.OSError, PyInt.From(errno), PyStr.From(PosixNative.StrError(errno)),
                    PyStr.From(src), Py.None, PyStr.From(dst));
            }
            return Py.None;
        };
        m.AddFunction("rename", rename);
        m.AddFunction("replace", rename);
        m.AddFunction("access", static (a, k) =>
        {
            var p = ArgParser.Bind("access", a, k, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2);
            return Py.Bool(PosixNative.access(PathString(p[0]!, "access"), (int)Ops.AsIndex(p[1]!)) == 0);
        });
        m.AddFunction("stat", static (a, k) => StatCall("stat", a, k, follow: true));
        m.AddFunction("lstat", static (a, k) => StatCall("lstat", a, k, follow: false));
        m.AddFunction("readlink", static (a, k) =>
        {
            var path = PathArg("readlink", a, k);
            var target = PosixNative.ReadLink(path, out var errno);
            if (target is null) throw Error(errno, path);
            return PyStr.From(target);
        });
        m.AddFunction("listdir", static (a, k) =>
        {
            var p = ArgParser.Bind("listdir", a, k, ["path"], 0);
            var path = p[0] is null or PyNone ? "." : PathString(p[0]!, "listdir");
            var names = new List<(string, byte)>();
            int errno = PosixNative.ListDir(path, names);
            if (errno != 0) throw Error(errno, path);
            var result = new PyList(names.Count);
            foreach (var (name, _) in names) result.Append(PyStr.From(name));
            return result;
        });
        m.AddFunction("scandir", static (a, k) =>
        {
            var p = ArgParser.Bind("scandir", a, k, ["path"], 0);
            var shown = p[0] is null or PyNone ? "." : PathString(p[0]!, "scandir");
            var names = new List<(string, byte)>();
            int errno = PosixNative.ListDir(shown, names);
            if (errno != 0) throw Error(errno, shown);
            return new PyScandirIterator(p[0] is null or PyNone ? "." : shown, names);
        });
        m.AddFunction("putenv", static (a, k) =>
        {
            ArgParser.Exactly("putenv", a, k, 2);
            Environment.SetEnvironmentVariable(Ops.Str(a[0]), Ops.Str(a[1]));
            return Py.None;
        });
        m.AddFunction("unsetenv", static (a, k) =>
        {
            ArgParser.Exactly("unsetenv", a, k, 1);
            Environment.SetEnvironmentVariable(Ops.Str(a[0]), null);
            return Py.None;
        });
        AddFdFunctions(m);
        m.AddFunction("umask", static (a, k) =>
        {
            ArgParser.Exactly("umask", a, k, 1);
            return PyInt.From(PosixNative.umask((uint)Ops.AsIndex(a[0])));
        });
        return m;
    }

    // ---- file descriptors: the raw read(2)/write(2), with the GIL released as CPython's os.read/os.write ----

    private static void AddFdFunctions(PyModule m)
    {
        m.AddFunction("read", static (a, k) =>
        {
            ArgParser.Exactly("read", a, k, 2);
            int fd = Fd(a[0]);
            long n = Ops.AsIndex(a[1]);
            if (n < 0) throw Socket.SocketErrors.FromErrno(Socket.SocketNative.EINVAL);
            var buf = new byte[n];
            long got = FdCall(fd, buf, 0, (int)n, write: false);
            return PyBytes.From(got == n ? buf : buf.AsSpan(0, (int)got).ToArray());
        });
        m.AddFunction("write", static (a, k) =>
        {
            ArgParser.Exactly("write", a, k, 2);
            int fd = Fd(a[0]);
            var data = BytesOps.AsBytes(a[1]) ?? throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            return PyInt.From(FdCall(fd, data, 0, data.Length, write: true));
        });
        m.AddFunction("pipe", static (a, k) =>
        {
            if (a.Length != 0) throw PyErr.TypeError($"posix.pipe() takes no arguments ({a.Length} given)");
            var (r, w) = Pipe();
            return new PyTuple([PyInt.From(r), PyInt.From(w)]);
        });
        m.AddFunction("close", static (a, k) =>
        {
            var p = ArgParser.Bind("close", a, k, ["fd"], 1);
            if (Socket.SocketNative.close(Fd(p[0]!)) < 0) throw Socket.SocketErrors.FromErrno(Socket.SocketNative.Errno);
            return Py.None;
        });
    }

    private static int Fd(PyObject o)
    {
        long fd = Ops.AsIndex(o);
        if (fd > int.MaxValue) throw PyErr.OverflowError("fd is greater than maximum");
        if (fd < int.MinValue) throw PyErr.OverflowError("fd is less than minimum");
        return (int)fd;
    }

    private static unsafe long FdCall(int fd, byte[] buf, int offset, int count, bool write)
    {
        while (true)
        {
            nint n;
            int err;
            fixed (byte* p = buf)
            {
                using (AllowThreads.Begin())
                {
                    n = write ? Socket.SocketNative.write(fd, p + offset, count) : Socket.SocketNative.read(fd, p + offset, count);
                    err = n < 0 ? Socket.SocketNative.Errno : 0;
                }
            }
            if (n >= 0) return n;
            if (err != Socket.SocketNative.EINTR) throw Socket.SocketErrors.FromErrno(err);
        }
    }

    private static unsafe (int Read, int Write) Pipe()
    {
        int* fds = stackalloc int[2];
        if (Socket.SocketNative.pipe2(fds, 0x80000 /* O_CLOEXEC: not inheritable, as in CPython */) < 0)
            throw Socket.SocketErrors.FromErrno(Socket.SocketNative.Errno);
        return (fds[0], fds[1]);
    }

    private static PyObject StatCall(string fname, ReadOnlySpan<PyObject> a, PyTuple? k, bool follow)
    {
        var p = ArgParser.Bind(fname, a, k, ["path", "dir_fd", "follow_symlinks"], 1);
        var path = PathString(p[0]!, fname);
        if (p[2] is { } fs && !Ops.IsTrue(fs)) follow = false;
        return Stat(path, follow);
    }

    internal static PyStatResult Stat(string path, bool follow)
    {
        int errno = PosixNative.Stat(path, follow, out var st);
        if (errno != 0) throw Error(errno, path);
        return new PyStatResult(st);
    }

    /// <summary>os.fspath: str and bytes as they are, else __fspath__.</summary>
    public static PyObject FsPath(PyObject path)
    {
        if (path is PyStr or PyBytes) return path;
        var method = path.Type.LookupMro(PyStr.Intern("__fspath__"));
        if (method is null)
            throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
        var r = Ops.CallMethod(path, "__fspath__");
        if (r is PyStr or PyBytes) return r;
        throw PyErr.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }

    internal static string PathString(PyObject path, string fname)
    {
        if (path is not (PyStr or PyBytes) && path.Type.LookupMro(PyStr.Intern("__fspath__")) is null)
        {
            // posixmodule.c path_converter: what else the function would take (file descriptors, None)
            var also = fname switch
            {
                "listdir" or "scandir" => ", os.PathLike, integer or None",
                "stat" or "chdir" or "access" => ", os.PathLike or integer",
                _ => " or os.PathLike",
            };
            throw PyErr.TypeError($"{fname}: path should be string, bytes{also}, not {path.Type.Name}");
        }
        var p = FsPath(path);
        var s = p is PyStr ps ? ps.Value : System.Text.Encoding.UTF8.GetString(((PyBytes)p).Value);
        if (s.Contains('\0')) throw PyErr.ValueError($"{fname}: embedded null character in path");
        return s;
    }

    private static string PathArg(string fname, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        var p = ArgParser.Bind(fname, a, k, ["path", "dir_fd"], 1);
        return PathString(p[0]!, fname);
    }

    private static void Check(int rc, string path)
    {
        if (rc != 0) throw Error(PosixNative.Errno, path);
    }

    internal static PyException Error(int errno, string path) =>
        PyErr.New(ExceptionTypes.OSError, PyInt.From(errno), PyStr.From(PosixNative.StrError(errno)), PyStr.From(path));
}
