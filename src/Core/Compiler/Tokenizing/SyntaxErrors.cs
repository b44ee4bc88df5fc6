// Builds SyntaxError/IndentationError/TabError exceptions with CPython's 1-based offsets, so call
// sites can state exactly the (lineno, offset, end_lineno, end_offset) that CPython reports.
// The three kinds differ as in CPython:
//   Make              parser and tokenizer errors: text is the source line; args is
//                     (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
//   Compiler          compile.c's compiler_error: the same args, but the text is read back from the
//                     file named filename (PyErr_ProgramTextObject), so it is None for "<string>".
//   LocationOnly      symtable.c and future.c (PyErr_RangedSyntaxLocationObject): args is (msg,), the
//                     location is set as attributes only; text read back from the file.
namespace GilRuntime.Core.Compiler.Tokenizing;

using System.Text;
using GilRuntime.Core.Objects;

internal static class SyntaxErrors
{
    /// <summary><paramref name="offset"/> and <paramref name="endOffset"/> are 1-based like e.offset.</summary>
    public static PyException Make(string message, string filename, int line, int offset, string? text,
        int endLine, int endOffset, PyType? type = null)
    {
        var ex = PyErr.SyntaxError(message, filename, line, offset - 1, text, endLine, 0, type);
        if (ex.Value is PySyntaxError se)
        {
            se.Offset = offset; se.EndLineno = endLine; se.EndOffset = endOffset;
            se.Args = FullArgs(se);
        }
        return ex;
    }

    /// <summary>compiler_error: 0-based columns; -1 end column when unknown.</summary>
    public static PyException Compiler(string message, string filename, int line, int col, int endLine, int endCol)
    {
        var ex = Make(message, filename, line, col + 1, ProgramText(filename, line), endLine, endCol + 1);
        return ex;
    }

    /// <summary>symtable/future errors: attributes only, args = (msg,). endOffset 0 stands for None.</summary>
    public static PyException LocationOnly(string message, string filename, int line, int offset, int endLine, int endOffset)
    {
        var ex = PyErr.SyntaxError(message, filename, line, offset - 1, ProgramText(filename, line), endLine, 0);
        if (ex.Value is PySyntaxError se) { se.Offset = offset; se.EndLineno = endLine; se.EndOffset = endOffset; }
        return ex;
    }

    private static PyTuple FullArgs(PySyntaxError se) => new([
        PyStr.From(se.Msg),
        new PyTuple([
            se.Filename is null ? Py.None : PyStr.From(se.Filename), PyInt.From(se.Lineno), PyInt.From(se.Offset),
            se.Text is null ? Py.None : PyStr.From(se.Text), PyInt.From(se.EndLineno), PyInt.From(se.EndOffset),
        ]),
    ]);

    /// <summary>Line <paramref name="line"/> of the file <paramref name="filename"/> with its newline, or null
    /// when there is no such file or line (CPython: PyErr_ProgramTextObject; "replace" UTF-8 decoding).</summary>
    public static string? ProgramText(string filename, int line)
    {
        if (line < 1 || filename.Length == 0 || filename[0] == '<') return null;
        byte[] bytes;
        try
        {
            if (!File.Exists(filename)) return null;
            bytes = File.ReadAllBytes(filename);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
        int start = 0, n = 1;
        while (n < line)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', start);
            if (nl < 0) return null;
            start = nl + 1;
            n++;
        }
        if (start >= bytes.Length) return null;
        int end = Array.IndexOf(bytes, (byte)'\n', start);
        end = end < 0 ? bytes.Length : end + 1;
        if (line == 1 && end - start >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start += 3;
        return new UTF8Encoding(false, false).GetString(bytes, start, end - start);
    }
}
