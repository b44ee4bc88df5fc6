// Builds SyntaxError/IndentationError/TabError exceptions with CPython's 1-based offsets, so call
// sites can state exactly the (lineno, offset, end_lineno, end_offset) that CPython reports.
namespace GilRuntime.Core.Compiler.Tokenizing;

using GilRuntime.Core.Objects;

internal static class SyntaxErrors
{
    /// <summary><paramref name="offset"/> and <paramref name="endOffset"/> are 1-based like e.offset.</summary>
    public static PyException Make(string message, string filename, int line, int offset, string? text,
        int endLine, int endOffset, PyType? type = null)
    {
        var ex = PyErr.SyntaxError(message, filename, line, offset - 1, text, endLine, 0, type);
        if (ex.Value is PySyntaxError se) { se.Offset = offset; se.EndLineno = endLine; se.EndOffset = endOffset; }
        return ex;
    }
}
