// builtins called directly: argument errors and edge cases with CPython's messages.
namespace GilRuntime.Unit.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class BuiltinsModuleTests
{
    private readonly Interpreter _interp = new(new InterpreterOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });

    private PyObject B(string name) => _interp.Builtins.GetItem(PyStr.Intern(name));

    private string TypeErrorOf(string fn, params PyObject[] args)
    {
        var e = Assert.Throws<PyException>(() => B(fn).Call(args, null));
        return e.Value.Type.Name + ": " + e.Value.Str();
    }

    [Fact]
    public void MinMaxErrors()
    {
        Assert.Equal("ValueError: max() arg is an empty sequence", TypeErrorOf("max", new PyList()));
        Assert.Equal("TypeError: min expected at least 1 argument, got 0", TypeErrorOf("min"));
        Assert.Equal(3, ((PyInt)B("max").Call([PyInt.From(1), PyInt.From(3), PyInt.From(2)], null)).Value);
        var dflt = B("max").Call([new PyList(), PyStr.From("d")], new PyTuple([PyStr.Intern("default")]));
        Assert.Equal("d", ((PyStr)dflt).Value);
    }

    [Fact]
    public void SumRejectsStrings()
    {
        Assert.Equal("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
            TypeErrorOf("sum", new PyList(), PyStr.From("")));
        var big = B("sum").Call([new PyList([PyInt.From(long.MaxValue), PyInt.From(1)])], null);
        Assert.Equal((System.Numerics.BigInteger)long.MaxValue + 1, ((PyInt)big).ToBigInteger());
    }

    [Fact]
    public void ChrOrdHexFamily()
    {
        Assert.Equal("ValueError: chr() arg not in range(0x110000)", TypeErrorOf("chr", PyInt.From(0x110000)));
        Assert.Equal("TypeError: ord() expected a character, but string of length 2 found", TypeErrorOf("ord", PyStr.From("ab")));
        Assert.Equal("-0xff", ((PyStr)B("hex").Call([PyInt.From(-255)], null)).Value);
        Assert.Equal("0b0", ((PyStr)B("bin").Call([PyInt.From(0)], null)).Value);
        Assert.Equal("'\\xe9\\u20ac'", ((PyStr)B("ascii").Call([PyStr.From("é€")], null)).Value);
    }

    [Fact]
    public void IsInstanceWithTuplesAndErrors()
    {
        var types = new PyTuple([PyStr.TypeObject, PyInt.TypeObject]);
        Assert.Same(Py.True, B("isinstance").Call([PyBool.True, types], null));
        Assert.Equal("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
            TypeErrorOf("isinstance", PyInt.From(1), PyInt.From(2)));
        Assert.Equal("TypeError: issubclass() arg 1 must be a class", TypeErrorOf("issubclass", PyInt.From(1), PyInt.TypeObject));
    }

    [Fact]
    public void ExceptionTypesAndConstantsAreBuiltins()
    {
        Assert.Same(ExceptionTypes.ZeroDivisionError, B("ZeroDivisionError"));
        Assert.Same(ExceptionTypes.OSError, B("IOError"));
        Assert.Same(Py.None, B("None"));
        Assert.Equal("builtins", ((PyStr)B("__name__")).Value);
    }

    [Fact]
    public void OsErrorPicksSubclassFromErrno()
    {
        var e = (PyBaseException)ExceptionTypes.OSError.Call([PyInt.From(2), PyStr.From("No such file"), PyStr.From("f.txt")], null);
        Assert.Equal("FileNotFoundError", e.Type.Name);
        Assert.Equal("[Errno 2] No such file: 'f.txt'", e.Str());
        Assert.Equal(2, e.Args.Count);
    }
}
