// The builtins module (CPython's Python/bltinmodule.c): the functions every program sees without
// an import, the builtin type objects and exception types, and the constants.
namespace GilRuntime.Core.Modules;

using System.Numerics;
using System.Text;
using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Objects.Classes;
using GilRuntime.Core.Runtime;

public static partial class BuiltinsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("builtins");
        m.Add("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        m.Add("__package__", PyStr.From(""));
        m.Add("__spec__", Py.None);
        m.Add("__loader__", Py.None);
        m.Add("None", Py.None);
        m.Add("True", Py.True);
        m.Add("False", Py.False);
        m.Add("Ellipsis", Py.Ellipsis);
        m.Add("NotImplemented", Py.NotImplemented);
        m.Add("__debug__", Py.True);

        ClassSupport.Initialize(BuiltinTypes());
        AddTypes(m);
        foreach (var t in ExceptionTypes.All) m.Add(t.Name, t);
        m.Add("IOError", ExceptionTypes.OSError);
        m.Add("EnvironmentError", ExceptionTypes.OSError);

        m.AddFunction("print", (a, k) => Print(interp, a, k));
        m.AddFunction("len", static (a, k) =>
        {
            ArgParser.Exactly("len", a, k, 1);
            return PyInt.From(a[0].Length());
        });
        m.AddFunction("repr", static (a, k) => { ArgParser.Exactly("repr", a, k, 1); return PyStr.From(Ops.Repr(a[0])); });
        m.AddFunction("ascii", static (a, k) => { ArgParser.Exactly("ascii", a, k, 1); return PyStr.From(AsciiOf(Ops.Repr(a[0]))); });
        m.AddFunction("format", static (a, k) =>
        {
            ArgParser.Range("format", a, k, 1, 2);
            var spec = a.Length > 1 ? a[1] as PyStr ?? throw PyErr.TypeError($"format() argument 2 must be str, not {a[1].Type.Name}") : PyStr.Empty;
            return PyStr.From(Ops.Format(a[0], spec.Value));
        });
        m.AddFunction("hash", static (a, k) => { ArgParser.Exactly("hash", a, k, 1); return PyInt.From(a[0].Hash()); });
        m.AddFunction("id", static (a, k) => { ArgParser.Exactly("id", a, k, 1); return PyInt.From(Ops.Id(a[0])); });
        m.AddFunction("callable", static (a, k) => { ArgParser.Exactly("callable", a, k, 1); return Py.Bool(a[0].IsCallable); });
        m.AddFunction("abs", static (a, k) => { ArgParser.Exactly("abs", a, k, 1); return a[0].Absolute(); });
        m.AddFunction("divmod", static (a, k) =>
        {
            ArgParser.Range("divmod", a, k, 2, 2);
            return Divmod(a[0], a[1]);
        });
        m.AddFunction("pow", Pow);
        m.AddFunction("round", Round);
        m.AddFunction("hex", static (a, k) => { ArgParser.Exactly("hex", a, k, 1); return PyStr.From(IntToBase(Ops.Index(a[0]), 16, "0x")); });
        m.AddFunction("oct", static (a, k) => { ArgParser.Exactly("oct", a, k, 1); return PyStr.From(IntToBase(Ops.Index(a[0]), 8, "0o")); });
        m.AddFunction("bin", static (a, k) => { ArgParser.Exactly("bin", a, k, 1); return PyStr.From(IntToBase(Ops.Index(a[0]), 2, "0b")); });
        m.AddFunction("ord", Ord);
        m.AddFunction("chr", Chr);
        m.AddFunction("min", static (a, k) => MinMax("min", a, k, CompareOp.Lt));
        m.AddFunction("max", static (a, k) => MinMax("max", a, k, CompareOp.Gt));
        m.AddFunction("sum", Sum);
        m.AddFunction("any", static (a, k) =>
        {
            ArgParser.Exactly("any", a, k, 1);
            var it = a[0].Iter();
            for (var x = it.Next(); x is not null; x = it.Next()) if (Ops.IsTrue(x)) return Py.True;
            return Py.False;
        });
        m.AddFunction("all", static (a, k) =>
        {
            ArgParser.Exactly("all", a, k, 1);
            var it = a[0].Iter();
            for (var x = it.Next(); x is not null; x = it.Next()) if (!Ops.IsTrue(x)) return Py.False;
            return Py.True;
        });
        m.AddFunction("sorted", Sorted);
        m.AddFunction("iter", Iter);
        AsyncGenHooks.RegisterBuiltins(m);
        m.AddFunction("next", static (a, k) =>
        {
            ArgParser.Range("next", a, k, 1, 2);
            if (a[0] is Runtime.IGeneratorLike { IsIterator: true } gen)
            {
                // A generator's return value travels in the StopIteration.
                if (gen.Send(Py.None, out var r) == Runtime.SendResult.Next) return r;
                if (a.Length > 1) return a[1];
                throw r is PyNone ? PyErr.StopIteration() : PyErr.StopIteration(r);
            }
            var v = a[0].Next();
            if (v is not null) return v;
            if (a.Length > 1) return a[1];
            throw PyErr.StopIteration();
        });
        m.AddFunction("isinstance", static (a, k) =>
        {
            ArgParser.Range("isinstance", a, k, 2, 2);
            return Py.Bool(TypeChecks.IsInstance(a[0], a[1]));
        });
        m.AddFunction("issubclass", static (a, k) =>
        {
            ArgParser.Range("issubclass", a, k, 2, 2);
            return Py.Bool(TypeChecks.IsSubclass(a[0], a[1]));
        });
        m.AddFunction("getattr", static (a, k) =>
        {
            ArgParser.Range("getattr", a, k, 2, 3);
            if (a[1] is not PyStr name) throw PyErr.TypeError("getattr(): attribute name must be string");
            if (a.Length == 2) return Ops.GetAttr(a[0], PyStr.Intern(name.Value));
            PyObject? v;
            try { v = a[0].LookupAttr(PyStr.Intern(name.Value)); }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError)) { return a[2]; }
            if (v is not null) return v;
            if (a.Length == 3) return a[2];
            throw PyErr.AttributeError(a[0].MissingAttributeMessage(name.Value));
        });
        m.AddFunction("hasattr", static (a, k) =>
        {
            ArgParser.Range("hasattr", a, k, 2, 2);
            if (a[1] is not PyStr name) throw PyErr.TypeError("hasattr(): attribute name must be string");
            try { return Py.Bool(a[0].LookupAttr(PyStr.Intern(name.Value)) is not null); }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError)) { return Py.False; }
        });
        m.AddFunction("setattr", static (a, k) =>
        {
            ArgParser.Range("setattr", a, k, 3, 3);
            if (a[1] is not PyStr name) throw PyErr.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            a[0].SetAttr(PyStr.Intern(name.Value), a[2]);
            return Py.None;
        });
        m.AddFunction("delattr", static (a, k) =>
        {
            ArgParser.Range("delattr", a, k, 2, 2);
            if (a[1] is not PyStr name) throw PyErr.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            a[0].SetAttr(PyStr.Intern(name.Value), null);
            return Py.None;
        });
        m.AddFunction("globals", static (a, k) =>
        {
            ArgParser.Exactly("globals", a, k, 0);
            return CallerFrame().Globals;
        });
        m.AddFunction("locals", static (a, k) =>
        {
            ArgParser.Exactly("locals", a, k, 0);
            return CallerFrame().GetLocals();
        });
        m.AddFunction("vars", static (a, k) =>
        {
            ArgParser.Range("vars", a, k, 0, 1);
            if (a.Length == 0) return CallerFrame().GetLocals();
            PyObject? d;
            try { d = a[0].LookupAttr(PyStr.Intern("__dict__")); }
            catch (PyException e) when (e.Value.Type.IsSubtype(ExceptionTypes.AttributeError)) { d = null; }
            return d ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
        m.AddFunction("dir", static (a, k) =>
        {
            ArgParser.Range("dir", a, k, 0, 1);
            return a.Length == 0 ? SortedNames(CallerFrame().GetLocals()) : Dir(a[0]);
        });
        m.AddFunction("input", (a, k) => Input(interp, a, k));
        m.AddFunction("exec", (a, k) => ExecEval(interp, "exec", a, k));
        m.AddFunction("eval", (a, k) => ExecEval(interp, "eval", a, k));
        m.AddFunction("compile", Compile);
        m.AddFunction("open", Open);
        m.AddFunction("__import__", (a, k) => Import(interp, a, k));
        m.AddFunction("__build_class__", static (a, k) => BuildClass.Call(a, k));
        BuiltinFn exit = static (a, k) =>
        {
            ArgParser.Range("exit", a, k, 0, 1);
            throw new PyException(ExceptionTypes.NewInstance(ExceptionTypes.SystemExit, new PyTuple(a.ToArray())));
        };
        m.AddFunction("exit", exit);
        m.AddFunction("quit", exit);
        return m;
    }

    private static void AddTypes(PyModule m)
    {
        m.Add("object", PyType.ObjectType);
        m.Add("type", PyType.TypeType);
        m.Add("int", PyInt.TypeObject);
        m.Add("bool", PyBool.TypeObject);
        m.Add("float", PyFloat.TypeObject);
        m.Add("complex", PyComplex.TypeObject);
        m.Add("str", PyStr.TypeObject);
        m.Add("bytes", PyBytes.TypeObject);
        m.Add("list", PyList.TypeObject);
        m.Add("tuple", PyTuple.TypeObject);
        m.Add("dict", PyDict.TypeObject);
        m.Add("set", PySet.TypeObject);
        m.Add("frozenset", PyFrozenSet.TypeObject);
        m.Add("bytearray", PyByteArray.TypeObject);
        m.Add("range", PyRange.TypeObject);
        m.Add("slice", PySlice.TypeObject);
        m.Add("enumerate", PyEnumerate.TypeObject);
        m.Add("zip", PyZip.TypeObject);
        m.Add("map", PyMap.TypeObject);
        m.Add("filter", PyFilter.TypeObject);
        m.Add("reversed", PyReversed.TypeObject);
        m.Add("property", PyProperty.TypeObject);
        m.Add("staticmethod", PyStaticMethod.TypeObject);
        m.Add("classmethod", PyClassMethod.TypeObject);
        m.Add("super", PySuper.TypeObject);
        // Types that arrive with later work (memoryview); looked up by name until then.
        foreach (var (name, clr) in s_laterTypes)
            if (FindType(clr) is { } t) m.Add(name, t);
    }

    private static readonly (string, string)[] s_laterTypes =
    [
        ("memoryview", "PyMemoryView"),
    ];

    /// <summary>The builtin types the class machinery equips with __new__ and slot wrappers.</summary>
    private static List<PyType> BuiltinTypes()
    {
        var list = new List<PyType>
        {
            PyType.ObjectType, PyType.TypeType, PyInt.TypeObject, PyBool.TypeObject, PyFloat.TypeObject,
            PyComplex.TypeObject, PyStr.TypeObject, PyBytes.TypeObject, PyList.TypeObject, PyTuple.TypeObject,
            PyDict.TypeObject, PySet.TypeObject, PyFrozenSet.TypeObject, PyByteArray.TypeObject, PyRange.TypeObject,
            PySlice.TypeObject, PyEnumerate.TypeObject, PyZip.TypeObject, PyMap.TypeObject, PyFilter.TypeObject,
            PyReversed.TypeObject, PyProperty.TypeObject, PyStaticMethod.TypeObject, PyClassMethod.TypeObject,
            PySuper.TypeObject, PyMappingProxy.TypeObject, PyFunction.TypeObject, PyMethod.TypeObject,
            PyBuiltinFunction.TypeObject, PyMethodDescriptor.TypeObject,
        };
        list.AddRange(ExceptionTypes.All);
        return list;
    }

    internal static PyType? FindType(string clrName)
    {
        var type = typeof(PyObject).Assembly.GetType("GilRuntime.Core.Objects." + clrName);
        return type?.GetField("TypeObject", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as PyType;
    }

    internal static Frame CallerFrame() =>
        ThreadState.Current.Frame ?? throw PyErr.SystemError("no current frame");

    // ---- print / input -------------------------------------------------------------------------------

    private static PyObject Print(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames![i]).Value;
            var v = args[npos + i];
            switch (key)
            {
                case "sep":
                    sep = v is PyNone ? " " : v is PyStr ss ? ss.Value : throw PyErr.TypeError($"sep must be None or a string, not {v.Type.Name}");
                    break;
                case "end":
                    end = v is PyNone ? "\n" : v is PyStr es ? es.Value : throw PyErr.TypeError($"end must be None or a string, not {v.Type.Name}");
                    break;
                case "file": file = v is PyNone ? null : v; break;
                case "flush": flush = Ops.IsTrue(v); break;
                default: throw PyErr.TypeError($"'{key}' is an invalid keyword argument for print()");
            }
        }
        file ??= interp.SysModule.Dict.TryGetValue(PyStr.Intern("stdout"), out var so) ? so : null;
        if (file is null or PyNone) return Py.None;
        if (file is TextIOWrapper w)
        {
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) w.Write(sep);
                w.Write(args[i].GetType() == typeof(PyStr) ? ((PyStr)args[i]).Value : args[i].Str());
            }
            w.Write(end);
            if (flush) w.Flush();
            return Py.None;
        }
        var write = Ops.GetAttr(file, "write");
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) write.Call([PyStr.From(sep)], null);
            write.Call([PyStr.From(args[i].Str())], null);
        }
        write.Call([PyStr.From(end)], null);
        if (flush) Ops.CallMethod(file, "flush");
        return Py.None;
    }

    /// <summary>Writes text to sys.stdout (whatever object it is).</summary>
    public static void WriteToStdout(Interpreter interp, string text)
    {
        if (!interp.SysModule.Dict.TryGetValue(PyStr.Intern("stdout"), out var so) || so is PyNone)
            throw PyErr.RuntimeError("lost sys.stdout");
        if (so is TextIOWrapper w) w.Write(text);
        else Ops.CallMethod(so, "write", PyStr.From(text));
    }

    private static PyObject Input(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.Range("input", args, kwnames, 0, 1);
        var sys = interp.SysModule.Dict;
        if (args.Length == 1)
        {
            WriteToStdout(interp, args[0].Str());
        }
        interp.FlushStdout();
        if (!sys.TryGetValue(PyStr.Intern("stdin"), out var stdin) || stdin is PyNone)
            throw PyErr.RuntimeError("input(): lost sys.stdin");
        string line;
        if (stdin is TextIOWrapper r) line = r.ReadLine();
        else line = Ops.Str(Ops.CallMethod(stdin, "readline"));
        if (line.Length == 0) throw PyErr.EOFError("EOF when reading a line");
        if (line.EndsWith('\n')) line = line[..^1];
        return PyStr.From(line);
    }

    // ---- numbers ----------------------------------------------------------------------------------------

    private static PyObject Divmod(PyObject a, PyObject b)
    {
        // binary_op1 with nb_divmod: the left operand's __divmod__, then the right one's __rdivmod__.
        var r = CallSlot(a, "__divmod__", b);
        if (ReferenceEquals(r, Py.NotImplemented) && !ReferenceEquals(a.Type, b.Type))
            r = CallSlot(b, "__rdivmod__", a);
        if (ReferenceEquals(r, Py.NotImplemented)) throw PyErr.UnsupportedOperands("divmod()", a, b);
        return r;
    }

    private static PyObject CallSlot(PyObject self, string name, PyObject arg)
    {
        var m = self.Type.LookupMro(PyStr.Intern(name));
        if (m is null) return Py.NotImplemented;
        if (m is PyMethodDescriptor md) return md.CallWithSelf(self, [arg], null);
        return (m.IsDescriptor ? m.DescrGet(self, self.Type) : m).Call([arg], null);
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("pow", args, kwnames, ["base", "exp", "mod"], 2);
        if (p[2] is null or PyNone) return Ops.BinaryOp(p[0]!, p[1]!, BinaryOp.Power);
        var r = p[0]!.TernaryPower(p[1]!, p[2]!);
        if (ReferenceEquals(r, Py.NotImplemented))
            throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{p[0]!.Type.Name}', '{p[1]!.Type.Name}', '{p[2]!.Type.Name}'");
        return r;
    }

    private static PyObject Round(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("round", args, kwnames, ["number", "ndigits"], 1);
        return NumberRound.Round(p[0]!, p[1]);
    }

    internal static string IntToBase(PyInt value, int radix, string prefix)
    {
        var v = value.ToBigInteger();
        bool neg = v.Sign < 0;
        if (neg) v = -v;
        string digits;
        if (v.IsZero) digits = "0";
        else if (v <= long.MaxValue) digits = Convert.ToString((long)v, radix);
        else
        {
            var sb = new StringBuilder();
            while (!v.IsZero)
            {
                int d = (int)(v % radix);
                sb.Insert(0, "0123456789abcdef"[d]);
                v /= radix;
            }
            digits = sb.ToString();
        }
        return (neg ? "-" : "") + prefix + digits;
    }

    private static PyObject Ord(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Exactly("ord", a, k, 1);
        string s;
        if (a[0] is PyStr ps) s = ps.Value;
        else if (a[0] is PyBytes pb)
        {
            if (pb.Value.Length == 1) return PyInt.From(pb.Value[0]);
            throw PyErr.TypeError($"ord() expected a character, but string of length {pb.Value.Length} found");
        }
        else if (a[0] is PyByteArray ba)
        {
            if (ba.Count == 1) return PyInt.From(ba.Span[0]);
            throw PyErr.TypeError($"ord() expected a character, but string of length {ba.Count} found");
        }
        else throw PyErr.TypeError($"ord() expected string of length 1, but {a[0].Type.Name} found");
        if (s.Length == 1) return PyInt.From(s[0]);
        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1])) return PyInt.From(char.ConvertToUtf32(s[0], s[1]));
        int len = 0;
        for (int i = 0; i < s.Length; i++) { len++; if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++; }
        throw PyErr.TypeError($"ord() expected a character, but string of length {len} found");
    }

    private static PyObject Chr(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Exactly("chr", a, k, 1);
        var i = Ops.Index(a[0]);
        if (!i.IsSmall || i.Value < 0 || i.Value > 0x10FFFF)
        {
            if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C int");
            throw PyErr.ValueError("chr() arg not in range(0x110000)");
        }
        int c = (int)i.Value;
        return PyStr.From(c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c));
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("sum", args, kwnames, ["iterable", "start"], 1, positionalOnly: 1);
        PyObject result = p[1] ?? PyInt.From(0);
        if (result is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (result is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (result is PyByteArray) throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = p[0]!.Iter();
        // int lane: accumulate in a long while no overflow and every item is an exact small int.
        if (result is PyInt ri && ri.IsSmall && result.Type == PyInt.TypeObject)
        {
            long acc = ri.Value;
            while (true)
            {
                var x = it.Next();
                if (x is null) return PyInt.From(acc);
                if (x is PyInt xi && xi.IsSmall && (x.Type == PyInt.TypeObject || x is PyBool))
                {
                    long s = acc + xi.Value;
                    if (((acc ^ s) & (xi.Value ^ s)) >= 0) { acc = s; continue; }
                }
                result = Ops.BinaryOp(PyInt.From(acc), x, BinaryOp.Add);
                break;
            }
        }
        if (result is PyFloat rf)
        {
            double acc = rf.Value;
            while (true)
            {
                var x = it.Next();
                if (x is null) return new PyFloat(acc);
                if (x is PyFloat xf) { acc += xf.Value; continue; }
                if (x is PyInt xi && xi.IsSmall && Math.Abs(xi.Value) < (1L << 53)) { acc += xi.Value; continue; }
                result = Ops.BinaryOp(new PyFloat(acc), x, BinaryOp.Add);
                break;
            }
        }
        for (var x = it.Next(); x is not null; x = it.Next()) result = Ops.BinaryOp(result, x, BinaryOp.Add);
        return result;
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, CompareOp op)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;
        // PyArg_ParseTupleAndKeywords("|$OO") wording: the count is checked before the names.
        if (nkw > 2) throw PyErr.TypeError($"{name}() takes at most 2 keyword arguments ({nkw} given)");
        for (int i = 0; i < nkw; i++)
        {
            var kn = ((PyStr)kwnames![i]).Value;
            if (kn == "key") key = args[npos + i] is PyNone ? null : args[npos + i];
            else if (kn == "default") dflt = args[npos + i];
            else throw PyErr.TypeError($"'{kn}' is an invalid keyword argument for {name}()");
        }
        if (npos == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject iterable;
        if (npos == 1) iterable = args[0];
        else
        {
            if (dflt is not null)
                throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            iterable = new PyTuple(args[..npos].ToArray());
        }
        var it = iterable.Iter();
        PyObject? best = null, bestKey = null;
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            var kx = key is null ? x : key.Call([x], null);
            if (best is null || Ops.RichCompareBool(kx, bestKey!, op))
            {
                best = x;
                bestKey = kx;
            }
        }
        if (best is not null) return best;
        return dflt ?? throw PyErr.ValueError($"{name}() arg is an empty sequence");
    }

    private static PyObject Sorted(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {npos}");
        var list = new PyList(Ops.ToClrList(args[0]).ToArray());
        var sort = Ops.GetAttr(list, "sort");
        sort.Call(args[1..], kwnames);
        return list;
    }

    private static PyObject Iter(ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        ArgParser.Range("iter", a, k, 1, 2);
        if (a.Length == 1) return a[0].Iter();
        if (!a[0].IsCallable) throw PyErr.TypeError("iter(v, w): v must be callable");
        return new PyCallableIterator(a[0], a[1]);
    }

    // ---- types ---------------------------------------------------------------------------------------

    internal static bool IsInstance(PyObject obj, PyObject cls) => TypeChecks.IsInstance(obj, cls);

    internal static bool IsSubclass(PyType t, PyObject cls, string fname) => TypeChecks.IsSubclass(t, cls);

    private static PyList SortedNames(PyDict d)
    {
        var names = new List<string>();
        foreach (var kv in d.Items()) if (kv.Key is PyStr s) names.Add(s.Value);
        names.Sort(string.CompareOrdinal);
        var list = new PyList(names.Count);
        foreach (var n in names) list.Append(PyStr.From(n));
        return list;
    }

    private static PyList Dir(PyObject o)
    {
        var custom = o.Type.LookupMro(PyStr.Intern("__dir__"));
        if (custom is not null && custom is not PyMethodDescriptor)
        {
            var r = (custom.IsDescriptor ? custom.DescrGet(o, o.Type) : custom).Call([], null);
            var l = new PyList(Ops.ToClrList(r).ToArray());
            Ops.CallMethod(l, "sort");
            return l;
        }
        var names = new HashSet<string>();
        if (o is PyModule m) foreach (var kv in m.Dict.Items()) { if (kv.Key is PyStr s) names.Add(s.Value); }
        else if (o is PyType t)
        {
            foreach (var mt in t.Mro) foreach (var kv in mt.Dict.Items()) if (kv.Key is PyStr s) names.Add(s.Value);
        }
        else
        {
            if (o.LookupAttr(PyStr.Intern("__dict__")) is PyDict d)
                foreach (var kv in d.Items()) if (kv.Key is PyStr s) names.Add(s.Value);
            foreach (var mt in o.Type.Mro) foreach (var kv in mt.Dict.Items()) if (kv.Key is PyStr s) names.Add(s.Value);
        }
        var sorted = new List<string>(names);
        sorted.Sort(string.CompareOrdinal);
        var list = new PyList(sorted.Count);
        foreach (var n in sorted) list.Append(PyStr.From(n));
        return list;
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped as \x, \u or \U.</summary>
    public static string AsciiOf(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) { sb.Append(c); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
                cp = char.ConvertToUtf32(c, repr[++i]);
            if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    // ---- exec / eval / compile / import ---------------------------------------------------------------------

    private static PyObject ExecEval(Interpreter interp, string mode, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind(mode, args, kwnames, ["source", "globals", "locals"], 1, positionalOnly: 1);
        var source = p[0]!;
        PyDict globals;
        PyDict? locals;
        var g = p[1] is PyNone ? null : p[1];
        var l = p[2] is PyNone ? null : p[2];
        if (g is not null && g is not PyDict)
            throw PyErr.TypeError(mode == "exec" ? $"exec() globals must be a dict, not {g.Type.Name}" : "globals must be a dict");
        if (l is not null && l is not PyDict)
            throw PyErr.TypeError(mode == "exec" ? $"locals must be a mapping" : "locals must be a mapping");
        if (g is null)
        {
            var caller = CallerFrame();
            globals = caller.Globals;
            locals = (PyDict?)l ?? caller.GetLocals();
        }
        else
        {
            globals = (PyDict)g;
            locals = (PyDict?)l ?? globals;
        }
        CodeObject code;
        if (source is CodeObject c) code = c;
        else
        {
            string text = source switch
            {
                PyStr s => s.Value,
                PyBytes => Ops.Str(Ops.CallMethod(source, "decode")),
                _ => throw PyErr.TypeError($"{mode}() arg 1 must be a string, bytes or code object"),
            };
            if (mode == "eval") text = text.TrimStart(' ', '\t');
            code = SourceCompiler.Compile(text, "<string>", mode);
        }
        var result = interp.ExecCode(code, globals, locals);
        return mode == "eval" ? result : Py.None;
    }

    private static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("compile", args, kwnames,
            ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
        if (p[0] is CodeObject existing) return existing;
        var mode = p[2] as PyStr ?? throw PyErr.TypeError($"compile() argument 'mode' must be str, not {p[2]!.Type.Name}");
        if (mode.Value is not ("exec" or "eval" or "single"))
            throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        var filename = p[1] is PyStr fs ? fs.Value : Ops.Str(p[1]!);
        string text = p[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => Ops.Str(Ops.CallMethod(b, "decode")),
            _ => throw PyErr.TypeError("compile() arg 1 must be a string, bytes or AST object"),
        };
        return SourceCompiler.Compile(text, filename, mode.Value);
    }

    private static PyObject Import(Interpreter interp, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("__import__", args, kwnames, ["name", "globals", "locals", "fromlist", "level"], 1);
        if (p[0] is not PyStr name) throw PyErr.TypeError("module name must be a string");
        var level = p[4] is null ? 0 : (int)Ops.AsIndex(p[4]!);
        if (level < 0) throw PyErr.ValueError("level must be >= 0");
        return interp.ImportName(name.Value, p[1] as PyDict, p[3], level);
    }

    private static PyException OSErr(PyType type, int errno, string strerror, string path) =>
        PyErr.New(type, PyInt.From(errno), PyStr.From(strerror), PyStr.From(path));

    /// <summary>_io.open's checks of the mode string and of the text-only arguments.</summary>
    private static void ValidateOpenMode(string mode, PyObject? encoding, PyObject? errors, PyObject? newline)
    {
        for (int i = 0; i < mode.Length; i++)
            if ("axrwb+t".IndexOf(mode[i]) < 0 || mode.IndexOf(mode[i], i + 1) >= 0)
                throw PyErr.ValueError($"invalid mode: '{mode}'");
        bool binary = mode.Contains('b');
        if (binary && mode.Contains('t')) throw PyErr.ValueError("can't have text and binary mode at once");
        int kinds = (mode.Contains('x') ? 1 : 0) + (mode.Contains('r') ? 1 : 0) + (mode.Contains('w') ? 1 : 0) + (mode.Contains('a') ? 1 : 0);
        if (kinds > 1) throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding is not null and not PyNone) throw PyErr.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null and not PyNone) throw PyErr.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null and not PyNone) throw PyErr.ValueError("binary mode doesn't take a newline argument");
    }

    private static PyObject OpenBinary(string path, string mode)
    {
        bool plus = mode.Contains('+');
        var (fileMode, access) = mode.Contains('r') ? (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read)
            : mode.Contains('w') ? (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write)
            : mode.Contains('a') ? (FileMode.Append, FileAccess.Write)
            : (FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write);
        if (mode.Contains('a') && plus) { fileMode = FileMode.OpenOrCreate; access = FileAccess.ReadWrite; }
        try
        {
            var stream = new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
            if (mode.Contains('a')) stream.Seek(0, SeekOrigin.End);
            return new BufferedFile(path, mode, stream, plus);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(path)) throw OSErr(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
            if (fileMode == FileMode.CreateNew && File.Exists(path)) throw OSErr(ExceptionTypes.FileExistsError, 17, "File exists", path);
            if (e is FileNotFoundException or DirectoryNotFoundException)
                throw OSErr(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
            if (e is UnauthorizedAccessException) throw OSErr(ExceptionTypes.PermissionError, 13, "Permission denied", path);
            throw PyErr.OSError(e.Message);
        }
    }

    private static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = ArgParser.Bind("open", args, kwnames,
            ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        var path = p[0] is PyStr ps ? ps.Value : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {p[0]!.Type.Name}");
        var mode = p[1] is PyStr ms ? ms.Value : "r";
        ValidateOpenMode(mode, p[3], p[4], p[5]);
        if (mode.Contains('b')) return OpenBinary(path, mode);
        var core = mode.Replace("t", "");
        bool plus = core.Contains('+');
        core = core.Replace("+", "");
        try
        {
            var utf8 = new UTF8Encoding(false);
            switch (core)
            {
                case "r":
                    if (plus) goto default;
                    return new TextIOWrapper(path, mode, null, new StreamReader(path, utf8), ownsStreams: true);
                case "w":
                    return new TextIOWrapper(path, mode, new StreamWriter(path, false, utf8), null, ownsStreams: true);
                case "a":
                    return new TextIOWrapper(path, mode, new StreamWriter(path, true, utf8), null, ownsStreams: true);
                case "x":
                    if (File.Exists(path)) throw OSErr(ExceptionTypes.FileExistsError, 17, "File exists", path);
                    return new TextIOWrapper(path, mode, new StreamWriter(path, false, utf8), null, ownsStreams: true);
                default:
                    throw PyErr.ValueError($"invalid mode: '{mode}'");
            }
        }
        catch (FileNotFoundException)
        {
            throw OSErr(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
        }
        catch (DirectoryNotFoundException)
        {
            throw OSErr(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw Directory.Exists(path) ? OSErr(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path)
                : OSErr(ExceptionTypes.PermissionError, 13, "Permission denied", path);
        }
    }
}
