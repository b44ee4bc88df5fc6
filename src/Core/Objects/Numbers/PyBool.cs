// bool: a subclass of int with exactly two instances. Arithmetic is int's; & | ^ between two bools
// stay bool (handled in PyInt.IntOp).
namespace GilRuntime.Core.Objects;

public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.Builtin("bool", typeof(PyBool), PyInt.TypeObject);
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long v) : base(v) { }

    static PyBool()
    {
        TypeObject.New = static (type, args, kw) =>
        {
            ArgParser.NoKeywords("bool", kw);
            if (args.Length > 1) throw PyErr.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? False : Py.Bool(Ops.IsTrue(args[0]));
        };
        TypeObject.AddMethod("__repr__", (self, args, kw) => { NumberSlots.None("__repr__", args, kw); return PyStr.From(self.Repr()); });
        TypeObject.AddMethod("__and__", (self, args, kw) => { NumberSlots.One("__and__", args, kw); return self.BinaryOp(Objects.BinaryOp.And, args[0]); });
        TypeObject.AddMethod("__or__", (self, args, kw) => { NumberSlots.One("__or__", args, kw); return self.BinaryOp(Objects.BinaryOp.Or, args[0]); });
        TypeObject.AddMethod("__xor__", (self, args, kw) => { NumberSlots.One("__xor__", args, kw); return self.BinaryOp(Objects.BinaryOp.Xor, args[0]); });
    }

    public override PyType Type => TypeObject;
    public override string Repr() => Value != 0 ? "True" : "False";
    public override string Format(string spec) => spec.Length == 0 ? Repr() : base.Format(spec);
}
