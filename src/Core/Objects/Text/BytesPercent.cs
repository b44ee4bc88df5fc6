// bytes % args (PEP 461), on top of the str engine: the format and bytes arguments travel as Latin-1
// text, so every byte survives the round trip; %s of a str argument raises as CPython does.
namespace GilRuntime.Core.Objects;

internal static class BytesPercent
{
    /// <summary>A bytes-like argument seen by the str engine as its Latin-1 text.</summary>
    private sealed class BytesArg(PyObject original, string text) : PyObject
    {
        public override PyType Type => original.Type;
        public override string Str() => text;
        public override string Repr() => original.Repr();
    }

    /// <summary>An argument %s / %b cannot take (str): raises when its bytes are asked for.</summary>
    private sealed class NotBytesArg(PyObject original) : PyObject
    {
        public override PyType Type => original.Type;
        public override string Str() => throw PyErr.TypeError(
            $"%b requires a bytes-like object, or an object that implements __bytes__, not '{original.Type.Name}'");
        public override string Repr() => PercentFormat.Ascii(original.Repr());
        public override PyInt? Index() => original.Index();
        public override PyObject? ToInt() => original.ToInt();
        public override PyObject? ToFloat() => original.ToFloat();
    }

    private static PyObject Wrap(PyObject o) => o switch
    {
        PyBytes b => new BytesArg(b, System.Text.Encoding.Latin1.GetString(b.Value)),
        PyByteArray a => new BytesArg(a, System.Text.Encoding.Latin1.GetString(a.Span)),
        PyStr => new NotBytesArg(o),
        _ => o,
    };

    public static byte[] Format(ReadOnlySpan<byte> format, PyObject args)
    {
        PyObject wrapped = args switch
        {
            PyTuple t => new PyTuple(Array.ConvertAll(t.Items, Wrap)),
            PyDict => args,
            _ => Wrap(args),
        };
        var text = PercentFormat.Format(System.Text.Encoding.Latin1.GetString(format), wrapped);
        var r = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) r[i] = text[i] <= 0xFF ? (byte)text[i] : (byte)'?';
        return r;
    }
}
