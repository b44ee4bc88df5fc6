// Raising helpers, named after the Python exception they raise: `throw PyErr.TypeError("...")`.
// They return the exception so the throw is visible at the call site and the JIT keeps the helper
// out of the caller's hot path.
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public static class PyErr
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyException New(PyType type, string message) =>
        new(ExceptionTypes.NewInstance(type, new PyTuple([PyStr.From(message)])));

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyException New(PyType type, params PyObject[] args) =>
        new(ExceptionTypes.NewInstance(type, new PyTuple(args)));

    public static PyException TypeError(string message) => New(ExceptionTypes.TypeError, message);
    public static PyException ValueError(string message) => New(ExceptionTypes.ValueError, message);
    public static PyException IndexError(string message) => New(ExceptionTypes.IndexError, message);
    /// <summary>KeyError's argument is the key itself, so str(e) is repr(key).</summary>
    public static PyException KeyError(PyObject key) => New(ExceptionTypes.KeyError, key);
    public static PyException AttributeError(string message) => New(ExceptionTypes.AttributeError, message);
    public static PyException NameError(string message) => New(ExceptionTypes.NameError, message);
    public static PyException UnboundLocalError(string message) => New(ExceptionTypes.UnboundLocalError, message);
    public static PyException ZeroDivisionError(string message) => New(ExceptionTypes.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => New(ExceptionTypes.OverflowError, message);
    public static PyException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);
    public static PyException RecursionError(string message) => New(ExceptionTypes.RecursionError, message);
    public static PyException NotImplementedError(string message) => New(ExceptionTypes.NotImplementedError, message);
    public static PyException SystemError(string message) => New(ExceptionTypes.SystemError, message);
    public static PyException MemoryError(string message) => New(ExceptionTypes.MemoryError, message);
    public static PyException ImportError(string message) => New(ExceptionTypes.ImportError, message);
    public static PyException ModuleNotFoundError(string message) => New(ExceptionTypes.ModuleNotFoundError, message);
    public static PyException OSError(string message) => New(ExceptionTypes.OSError, message);
    public static PyException EOFError(string message) => New(ExceptionTypes.EOFError, message);
    public static PyException AssertionError(string message) => New(ExceptionTypes.AssertionError, message);
    public static PyException UnicodeError(string message) => New(ExceptionTypes.UnicodeError, message);
    public static PyException StopIteration(PyObject? value = null) =>
        value is null ? New(ExceptionTypes.StopIteration) : New(ExceptionTypes.StopIteration, value);

    /// <summary>A SyntaxError (or subclass) at a source position; <paramref name="column"/> is 0-based.</summary>
    public static PyException SyntaxError(string message, string? filename, int line, int column, string? text,
        int endLine = 0, int endColumn = 0, PyType? type = null)
    {
        var e = new PySyntaxError(type ?? ExceptionTypes.SyntaxError, new PyTuple([PyStr.From(message)]))
        {
            Msg = message, Filename = filename, Lineno = line, Offset = column + 1, Text = text,
            EndLineno = endLine, EndOffset = endColumn == 0 ? 0 : endColumn + 1,
        };
        return new PyException(e);
    }

    /// <summary>The AttributeError for a missing attribute, with name and obj set (they drive "Did you mean").</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyException NoAttribute(PyObject obj, PyStr name)
    {
        var e = AttributeError(obj.MissingAttributeMessage(name.Value));
        if (e.Value is PyNameError ne)
        {
            ne.Name = name;
            ne.Obj = obj;
        }
        return e;
    }

    /// <summary>"unsupported operand type(s) for +: 'int' and 'str'".</summary>
    public static PyException UnsupportedOperands(string op, PyObject left, PyObject right) =>
        TypeError($"unsupported operand type(s) for {op}: '{left.Type.Name}' and '{right.Type.Name}'");
}
