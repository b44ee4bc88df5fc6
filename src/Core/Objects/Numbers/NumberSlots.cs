// The Python-visible dunder methods of the numeric types (__add__, __radd__, __neg__, __eq__, ...),
// registered into a type's dict over the slots each type implements, as CPython's slot wrappers are.
namespace GilRuntime.Core.Objects;

internal static class NumberSlots
{
    private static readonly string[] s_names =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
    private static readonly string[] s_cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>Registers the binary dunders for the given operators (all but '@' when null).</summary>
    public static void RegisterBinary(PyType t, BinaryOp[]? ops = null)
    {
        for (int i = 0; i < s_names.Length; i++)
        {
            var op = (BinaryOp)i;
            if (op == BinaryOp.MatrixMultiply) continue;
            if (ops is not null && Array.IndexOf(ops, op) < 0) continue;
            string name = "__" + s_names[i] + "__", rname = "__r" + s_names[i] + "__";
            if (op == BinaryOp.Power)
            {
                t.AddMethod(name, (self, args, kw) =>
                {
                    ArgParser.Range(name, args, kw, 1, 2);
                    return args.Length == 2 && args[1] is not PyNone ? self.TernaryPower(args[0], args[1]) : self.BinaryOp(op, args[0]);
                });
                t.AddMethod(rname, (self, args, kw) =>
                {
                    ArgParser.Range(rname, args, kw, 1, 2);
                    return args.Length == 2 && args[1] is not PyNone ? args[0].TernaryPower(self, args[1]) : self.ReflectedBinaryOp(op, args[0]);
                });
                continue;
            }
            t.AddMethod(name, (self, args, kw) => { One(name, args, kw); return self.BinaryOp(op, args[0]); });
            t.AddMethod(rname, (self, args, kw) => { One(rname, args, kw); return self.ReflectedBinaryOp(op, args[0]); });
        }
    }

    public static void RegisterCommon(PyType t)
    {
        for (int i = 0; i < s_cmpNames.Length; i++)
        {
            var op = (CompareOp)i;
            string name = s_cmpNames[i];
            t.AddMethod(name, (self, args, kw) => { One(name, args, kw); return self.RichCompare(args[0], op); });
        }
        t.AddMethod("__neg__", (self, args, kw) => { None("__neg__", args, kw); return self.Negative(); });
        t.AddMethod("__pos__", (self, args, kw) => { None("__pos__", args, kw); return self.Positive(); });
        t.AddMethod("__abs__", (self, args, kw) => { None("__abs__", args, kw); return self.Absolute(); });
        t.AddMethod("__bool__", (self, args, kw) => { None("__bool__", args, kw); return Py.Bool(self.IsTrue()); });
        t.AddMethod("__hash__", (self, args, kw) => { None("__hash__", args, kw); return PyInt.From(self.Hash()); });
        t.AddMethod("__repr__", (self, args, kw) => { None("__repr__", args, kw); return PyStr.From(self.Repr()); });
        t.AddMethod("__str__", (self, args, kw) => { None("__str__", args, kw); return PyStr.From(self.Str()); });
        t.AddMethod("__format__", (self, args, kw) =>
        {
            ArgParser.Exactly("__format__", args, kw, 1);
            if (args[0] is not PyStr s)
                throw PyErr.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            return PyStr.From(self.Format(s.Value));
        });
        t.AddMethod("__float__", (self, args, kw) =>
        {
            None("__float__", args, kw);
            return self.ToFloat() ?? throw PyErr.TypeError($"must be real number, not {self.Type.Name}");
        });
    }

    internal static void One(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords(name, kw);
        if (args.Length != 1) throw PyErr.TypeError($"expected 1 argument, got {args.Length}");
    }

    internal static void None(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords(name, kw);
        if (args.Length != 0) throw PyErr.TypeError($"{name}() takes no arguments ({args.Length} given)");
    }
}
