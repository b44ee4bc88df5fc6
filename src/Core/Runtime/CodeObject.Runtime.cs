// The eval loop's per-code-object caches: co_code decoded once into one int per code unit
// (opcode | arg << 8, EXTENDED_ARG prefixes folded into the instruction they extend), so dispatch
// reads one array element per instruction and never re-assembles arguments; common pairs are then
// quickened into CPython 3.11's superinstructions (Superinstructions.cs).
namespace GilRuntime.Core.Bytecode;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;

public sealed partial class CodeObject
{
    private int[]? _decoded;

    /// <summary>One entry per code unit; an EXTENDED_ARG unit keeps its own opcode (executed as a no-op).</summary>
    internal int[] Decoded
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _decoded ?? Decode();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int[] Decode()
    {
        var code = co_code;
        var result = new int[code.Length / 2];
        int ext = 0;
        for (int i = 0; i < result.Length; i++)
        {
            int op = code[2 * i], arg = code[2 * i + 1] | ext;
            if (op == (int)OpCode.EXTENDED_ARG)
            {
                ext = arg << 8;
                result[i] = op;
            }
            else
            {
                ext = 0;
                result[i] = op | (arg << 8);
            }
        }
        Superinstructions.Quicken(result);
        _decoded = result;
        return result;
    }

    private int _frameSize;
    private int _stackBase = -1;

    /// <summary>Index in localsplus where the value stack starts (NLocalsPlus, cached).</summary>
    internal int StackBase
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _stackBase >= 0 ? _stackBase : (_stackBase = NLocalsPlus);
    }

    /// <summary>Length of a frame's localsplus array: locals, cells, free variables and the value stack.</summary>
    internal int FrameSize
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _frameSize != 0 ? _frameSize : (_frameSize = NLocalsPlus + co_stacksize + 1);
    }

    private GlobalCacheEntry?[]? _globalCache;

    /// <summary>LOAD_GLOBAL inline caches, one slot per code unit (CPython 3.11 keeps them in CACHE entries).</summary>
    internal GlobalCacheEntry?[] GlobalCache
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _globalCache ?? (_globalCache = new GlobalCacheEntry?[CodeUnits]);
    }

    /// <summary>The handler covering instruction <paramref name="index"/>, or null (co_exceptiontable lookup).</summary>
    internal ExceptionTableEntry? FindHandler(int index)
    {
        foreach (var e in ExceptionTable)
            if (index >= e.Start && index < e.End) return e;
        return null;
    }

    /// <summary>The name of a cell or free variable by its index in cellvars+freevars.</summary>
    internal string DerefName(int i) => i < co_cellvars.Length ? co_cellvars[i] : co_freevars[i - co_cellvars.Length];

    // ---- Python-visible attributes (co_*) ----------------------------------------------------------

    public override PyObject? LookupAttr(PyStr name)
    {
        switch (name.Value)
        {
            case "co_name": return PyStr.From(co_name);
            case "co_qualname": return PyStr.From(co_qualname);
            case "co_filename": return PyStr.From(co_filename);
            case "co_firstlineno": return PyInt.From(co_firstlineno);
            case "co_argcount": return PyInt.From(co_argcount);
            case "co_posonlyargcount": return PyInt.From(co_posonlyargcount);
            case "co_kwonlyargcount": return PyInt.From(co_kwonlyargcount);
            case "co_nlocals": return PyInt.From(co_nlocals);
            case "co_stacksize": return PyInt.From(co_stacksize);
            case "co_flags": return PyInt.From((long)co_flags);
            case "co_code": return new PyBytes((byte[])co_code.Clone());
            case "co_consts": return new PyTuple((PyObject[])co_consts.Clone());
            case "co_names": return new PyTuple([.. co_names]);
            case "co_varnames": return StrTuple(co_varnames);
            case "co_cellvars": return StrTuple(co_cellvars);
            case "co_freevars": return StrTuple(co_freevars);
            case "replace": return new PyBuiltinFunction("replace", Replace);
        }
        return base.LookupAttr(name);
    }

    /// <summary>code.replace(): a copy with the given co_* fields changed (the scalar and name fields).</summary>
    private CodeObject Replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length > nkw) throw PyErr.TypeError($"replace() takes no positional arguments");
        CodeFlags flags = co_flags;
        string name = co_name, qualname = co_qualname, filename = co_filename;
        int firstlineno = co_firstlineno;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames![i]).Value;
            var v = args[args.Length - nkw + i];
            switch (key)
            {
                case "co_flags": flags = (CodeFlags)(int)Ops.AsIndex(v); break;
                case "co_firstlineno": firstlineno = (int)Ops.AsIndex(v); break;
                case "co_name": name = v is PyStr ns ? ns.Value : throw PyErr.TypeError($"replace() argument 'co_name' must be str, not {v.Type.Name}"); break;
                case "co_qualname": qualname = v is PyStr qs ? qs.Value : throw PyErr.TypeError($"replace() argument 'co_qualname' must be str, not {v.Type.Name}"); break;
                case "co_filename": filename = v is PyStr fs ? fs.Value : throw PyErr.TypeError($"replace() argument 'co_filename' must be str, not {v.Type.Name}"); break;
                default: throw PyErr.TypeError($"'{key}' is an invalid keyword argument for replace()");
            }
        }
        return new CodeObject
        {
            co_code = co_code, co_consts = co_consts, co_names = co_names, co_varnames = co_varnames,
            co_cellvars = co_cellvars, co_freevars = co_freevars, co_argcount = co_argcount,
            co_posonlyargcount = co_posonlyargcount, co_kwonlyargcount = co_kwonlyargcount,
            co_stacksize = co_stacksize, co_flags = flags, co_filename = filename, co_name = name,
            co_qualname = qualname, co_firstlineno = firstlineno, Positions = Positions,
            ExceptionTable = ExceptionTable, Cell2Arg = Cell2Arg,
        };
    }

    private static PyTuple StrTuple(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyStr.Intern(names[i]);
        return new PyTuple(items);
    }
}

/// <summary>
/// One LOAD_GLOBAL cache entry: the value found for a name while the globals and builtins dicts had
/// these identities and versions (PyDict.Version changes on every mutation). Immutable, so a racing
/// reader sees either the old or the new entry, never a mix.
/// </summary>
internal sealed class GlobalCacheEntry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, PyObject value)
{
    public readonly PyDict Globals = globals;
    public readonly int GlobalsVersion = globalsVersion;
    public readonly PyDict Builtins = builtins;
    public readonly int BuiltinsVersion = builtinsVersion;
    public readonly PyObject Value = value;
}
