// The eval loop's per-code-object caches: co_code decoded once into one int per code unit
// (opcode | arg << 8, EXTENDED_ARG prefixes folded into the instruction they extend), so dispatch
// reads one array element per instruction and never re-assembles arguments.
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
        }
        return base.LookupAttr(name);
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
