// The io module (CPython's Lib/io.py over Modules/_io): the in-memory streams StringIO and BytesIO, the
// TextIOWrapper behind sys.stdout and open(), and io.UnsupportedOperation, which (as in CPython)
// derives from both OSError and ValueError.
namespace GilRuntime.Core.Modules.Io;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class IoModule
{
    /// <summary>io.UnsupportedOperation; its MRO is (UnsupportedOperation, OSError, ValueError, Exception, ...).</summary>
    public static readonly PyType UnsupportedOperation = new MultiBaseType("UnsupportedOperation", "io",
        [ExceptionTypes.OSError, ExceptionTypes.ValueError, ExceptionTypes.Exception, ExceptionTypes.BaseException, PyType.ObjectType]);

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("io");
        m.Add("StringIO", PyStringIO.TypeObject);
        m.Add("BytesIO", PyBytesIO.TypeObject);
        m.Add("TextIOWrapper", TextIOWrapper.TypeObject);
        m.Add("UnsupportedOperation", UnsupportedOperation);
        m.Add("DEFAULT_BUFFER_SIZE", PyInt.From(8192));
        m.Add("SEEK_SET", PyInt.From(0));
        m.Add("SEEK_CUR", PyInt.From(1));
        m.Add("SEEK_END", PyInt.From(2));
        if (interp.Builtins.TryGetValue(PyStr.Intern("open"), out var open)) m.Add("open", open);
        return m;
    }

    /// <summary>A builtin exception type with several bases: PyType.Builtin takes one, so the MRO is given.</summary>
    private sealed class MultiBaseType : PyType
    {
        public MultiBaseType(string name, string module, PyType[] mroTail) : base(name, mroTail[0], typeof(PyBaseException))
        {
            Module = module;
            Mro = [this, .. mroTail];
            New = static (type, args, kw) =>
            {
                ArgParser.NoKeywords(type.Name, kw);
                return ExceptionTypes.NewInstance(type, new PyTuple(args.ToArray()));
            };
        }
    }
}
