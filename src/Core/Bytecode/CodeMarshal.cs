// A CodeObject as bytes and back (CPython: marshal.dumps/loads of a code object), for the __pycache__
// files of Runtime/CodeCache. Our own format, not CPython's marshal: strings are stored as UTF-16 code
// units so that lone surrogates survive, and the position table (one entry per code unit) is stored as
// zigzag varint deltas. Constants: None, Ellipsis, bools, ints of any size, float, complex, str, bytes,
// tuple, frozenset and nested code objects; anything else makes Write fail (the file is then not cached).
// Read validates as it goes and throws InvalidDataException on anything malformed, so a damaged cache
// file costs a recompilation, never a crash.
namespace GilRuntime.Core.Bytecode;

using System.Numerics;
using GilRuntime.Core.Objects;

public static class CodeMarshal
{
    private const int MaxDepth = 200;

    public static void Write(CodeObject code, Stream output)
    {
        var w = new Writer(output);
        w.Code(code, 0);
        w.Flush();
    }

    public static byte[] Serialize(CodeObject code)
    {
        var ms = new MemoryStream();
        Write(code, ms);
        return ms.ToArray();
    }

    /// <summary>Reads a code object; every nested code object gets <paramref name="filename"/> as
    /// co_filename when given (CPython's _imp._fix_co_filename: the cache may have moved with its source).</summary>
    public static CodeObject Read(ReadOnlySpan<byte> data, string? filename = null)
    {
        var r = new Reader(data, filename);
        var code = r.Code(0);
        if (r.Position != data.Length) throw new InvalidDataException("trailing bytes after the code object");
        return code;
    }

    private sealed class Writer(Stream output)
    {
        private readonly BinaryWriter _w = new(output);

        public void Flush() => _w.Flush();

        private void VarUInt(ulong v)
        {
            while (v >= 0x80) { _w.Write((byte)(v | 0x80)); v >>= 7; }
            _w.Write((byte)v);
        }

        private void VarInt(long v) => VarUInt((ulong)((v << 1) ^ (v >> 63)));

        private void Str(string s)
        {
            VarUInt((ulong)s.Length);
            foreach (char c in s) _w.Write((ushort)c);
        }

        private void Strs(string[] a)
        {
            VarUInt((ulong)a.Length);
            foreach (var s in a) Str(s);
        }

        public void Code(CodeObject c, int depth)
        {
            if (depth > MaxDepth) throw new InvalidOperationException("code objects nested too deeply");
            VarUInt((ulong)c.co_code.Length);
            _w.Write(c.co_code);
            VarUInt((ulong)c.co_consts.Length);
            foreach (var k in c.co_consts) Const(k, depth + 1);
            VarUInt((ulong)c.co_names.Length);
            foreach (var n in c.co_names) Str(n.Value);
            Strs(c.co_varnames);
            Strs(c.co_cellvars);
            Strs(c.co_freevars);
            VarInt(c.co_argcount);
            VarInt(c.co_posonlyargcount);
            VarInt(c.co_kwonlyargcount);
            VarInt(c.co_stacksize);
            VarInt((long)c.co_flags);
            Str(c.co_filename);
            Str(c.co_name);
            Str(c.co_qualname);
            VarInt(c.co_firstlineno);
            VarUInt((ulong)c.Positions.Length);
            int line = 0;
            foreach (var p in c.Positions)
            {
                VarInt(p.Line - line);
                VarInt(p.EndLine - p.Line);
                VarInt(p.Column);
                VarInt(p.EndColumn);
                line = p.Line;
            }
            VarUInt((ulong)c.ExceptionTable.Length);
            foreach (var e in c.ExceptionTable)
            {
                VarInt(e.Start);
                VarInt(e.End);
                VarInt(e.Target);
                VarInt(e.Depth);
                _w.Write(e.Lasti);
            }
            VarUInt((ulong)c.Cell2Arg.Length);
            foreach (var a in c.Cell2Arg) VarInt(a);
        }

        private void Const(PyObject o, int depth)
        {
            switch (o)
            {
                case PyNone: _w.Write((byte)'N'); break;
                case PyEllipsis: _w.Write((byte)'E'); break;
                case PyBool b: _w.Write((byte)(b.Value != 0 ? 'T' : 'F')); break;
                case PyInt i when i.Type == PyInt.TypeObject:
                    if (i.IsSmall) { _w.Write((byte)'i'); VarInt(i.Value); }
                    else
                    {
                        var bytes = i.ToBigInteger().ToByteArray();
                        _w.Write((byte)'I');
                        VarUInt((ulong)bytes.Length);
                        _w.Write(bytes);
                    }
                    break;
                case PyFloat f: _w.Write((byte)'f'); _w.Write(f.Value); break;
                case PyComplex c: _w.Write((byte)'c'); _w.Write(c.Real); _w.Write(c.Imag); break;
                case PyStr s: _w.Write((byte)'s'); Str(s.Value); break;
                case PyBytes b:
                    _w.Write((byte)'b');
                    VarUInt((ulong)b.Value.Length);
                    _w.Write(b.Value);
                    break;
                case PyTuple t:
                    _w.Write((byte)'t');
                    VarUInt((ulong)t.Items.Length);
                    foreach (var item in t.Items) Const(item, depth + 1);
                    break;
                case PyFrozenSet fs:
                    _w.Write((byte)'z');
                    VarUInt((ulong)fs.Count);
                    foreach (var item in fs.Keys()) Const(item, depth + 1);
                    break;
                case CodeObject code: _w.Write((byte)'C'); Code(code, depth + 1); break;
                default: throw new InvalidOperationException($"cannot serialize a constant of type {o.Type.Name}");
            }
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data, string? filename)
    {
        private readonly ReadOnlySpan<byte> _d = data;
        private readonly string? _filename = filename;
        public int Position;

        private static InvalidDataException Bad(string what) => new("corrupt code cache: " + what);

        private byte Byte() => Position < _d.Length ? _d[Position++] : throw Bad("truncated");

        private ReadOnlySpan<byte> Bytes(int n)
        {
            if (n < 0 || n > _d.Length - Position) throw Bad("truncated");
            var s = _d.Slice(Position, n);
            Position += n;
            return s;
        }

        private ulong VarUInt()
        {
            ulong v = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                byte b = Byte();
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
            throw Bad("bad varint");
        }

        private long VarInt()
        {
            ulong u = VarUInt();
            return (long)(u >> 1) ^ -(long)(u & 1);
        }

        private int Int()
        {
            long v = VarInt();
            return v is >= int.MinValue and <= int.MaxValue ? (int)v : throw Bad("int out of range");
        }

        private int Count()
        {
            ulong n = VarUInt();
            return n <= (ulong)(_d.Length - Position) * 8 + 16 ? (int)n : throw Bad("bad length");
        }

        private string Str()
        {
            int n = Count();
            var raw = Bytes(checked(n * 2));
            var chars = new char[n];
            for (int i = 0; i < n; i++) chars[i] = (char)(raw[2 * i] | raw[2 * i + 1] << 8);
            return new string(chars);
        }

        private string[] Strs()
        {
            var a = new string[Count()];
            for (int i = 0; i < a.Length; i++) a[i] = Str();
            return a;
        }

        private double Double() => BitConverter.ToDouble(Bytes(8));

        public CodeObject Code(int depth)
        {
            if (depth > MaxDepth) throw Bad("nested too deeply");
            var code = Bytes(Count()).ToArray();
            if ((code.Length & 1) != 0) throw Bad("odd code length");
            var consts = new PyObject[Count()];
            for (int i = 0; i < consts.Length; i++) consts[i] = Const(depth + 1);
            var names = new PyStr[Count()];
            for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(Str());
            var varnames = Strs();
            var cellvars = Strs();
            var freevars = Strs();
            int argcount = Int(), posonly = Int(), kwonly = Int(), stacksize = Int();
            var flags = (CodeFlags)Int();
            string file = Str(), name = Str(), qualname = Str();
            int firstlineno = Int();
            var positions = new SourcePosition[Count()];
            if (positions.Length != code.Length / 2) throw Bad("position table length");
            int line = 0;
            for (int i = 0; i < positions.Length; i++)
            {
                line += Int();
                int endLine = line + Int();
                positions[i] = new SourcePosition(line, endLine, Int(), Int());
            }
            var table = new ExceptionTableEntry[Count()];
            for (int i = 0; i < table.Length; i++)
            {
                int start = Int(), end = Int(), target = Int(), stackDepth = Int();
                bool lasti = Byte() switch { 0 => false, 1 => true, _ => throw Bad("bool") };
                if (start < 0 || end > positions.Length || start > end || (uint)target >= (uint)positions.Length)
                    throw Bad("exception table entry out of range");
                table[i] = new ExceptionTableEntry(start, end, target, stackDepth, lasti);
            }
            var cell2arg = new int[Count()];
            for (int i = 0; i < cell2arg.Length; i++) cell2arg[i] = Int();
            if (cell2arg.Length != cellvars.Length || argcount < 0 || posonly < 0 || kwonly < 0 || stacksize < 0)
                throw Bad("inconsistent counts");
            return new CodeObject
            {
                co_code = code,
                co_consts = consts,
                co_names = names,
                co_varnames = varnames,
                co_cellvars = cellvars,
                co_freevars = freevars,
                co_argcount = argcount,
                co_posonlyargcount = posonly,
                co_kwonlyargcount = kwonly,
                co_stacksize = stacksize,
                co_flags = flags,
                co_filename = _filename ?? file,
                co_name = name,
                co_qualname = qualname,
                co_firstlineno = firstlineno,
                Positions = positions,
                ExceptionTable = table,
                Cell2Arg = cell2arg,
            };
        }

        private PyObject Const(int depth)
        {
            if (depth > MaxDepth) throw Bad("nested too deeply");
            switch ((char)Byte())
            {
                case 'N': return Py.None;
                case 'E': return Py.Ellipsis;
                case 'T': return Py.True;
                case 'F': return Py.False;
                case 'i': return PyInt.From(VarInt());
                case 'I': return PyInt.From(new BigInteger(Bytes(Count())));
                case 'f': return new PyFloat(Double());
                case 'c': { double re = Double(); return new PyComplex(re, Double()); }
                case 's': return PyStr.From(Str());
                case 'b': return PyBytes.From(Bytes(Count()).ToArray());
                case 't':
                {
                    var items = new PyObject[Count()];
                    for (int i = 0; i < items.Length; i++) items[i] = Const(depth + 1);
                    return PyTuple.Create(items);
                }
                case 'z':
                {
                    var set = new PyFrozenSet();
                    int n = Count();
                    for (int i = 0; i < n; i++) set.Add(Const(depth + 1));
                    return set;
                }
                case 'C': return Code(depth + 1);
                default: throw Bad("unknown constant tag");
            }
        }
    }
}
