// super (CPython's typeobject.c super_*): attribute lookup along type(obj).__mro__ starting after the
// given class. Zero-argument super() reads the calling frame: its first argument and the __class__
// cell the compiler creates for methods that use super or __class__.
namespace GilRuntime.Core.Objects.Classes;

using GilRuntime.Core.Runtime;

public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    /// <summary>__thisclass__: the class after which the lookup starts.</summary>
    public PyType ThisClass { get; }
    /// <summary>__self__: the instance or class bound to, or null (unbound super).</summary>
    public PyObject? Self { get; }
    /// <summary>__self_class__: the type whose MRO is searched.</summary>
    public PyType? SelfClass { get; }

    public PySuper(PyType thisClass, PyObject? self, PyType? selfClass)
    {
        ThisClass = thisClass; Self = self; SelfClass = selfClass;
    }

    private static PyType MakeType()
    {
        var t = PyType.Builtin("super", typeof(PySuper), null, static (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("super() takes no keyword arguments");
            if (args.Length > 2) throw PyErr.TypeError($"super() expected at most 2 arguments, got {args.Length}");
            if (args.Length == 0) return FromFrame(ThreadState.Current.Frame);
            if (args[0] is not PyType cls) throw PyErr.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
            if (args.Length == 1) return new PySuper(cls, null, null);
            return Make(cls, args[1]);
        });
        t.IsBaseType = false;
        t.Dict.SetItem(PyStr.Intern("__thisclass__"), new PyGetSetDescriptor(t, "__thisclass__", static o => ((PySuper)o).ThisClass));
        t.Dict.SetItem(PyStr.Intern("__self__"), new PyGetSetDescriptor(t, "__self__", static o => ((PySuper)o).Self ?? Py.None));
        t.Dict.SetItem(PyStr.Intern("__self_class__"), new PyGetSetDescriptor(t, "__self_class__", static o => (PyObject?)((PySuper)o).SelfClass ?? Py.None));
        t.AddMethod("__get__", static (self, args, kw) =>
        {
            ArgParser.Range("__get__", args, kw, 1, 2);
            return self.DescrGet(args[0] is PyNone ? null : args[0], PyType.ObjectType);
        });
        return t;
    }

    /// <summary>super(type, obj): obj must be an instance or a subclass of type.</summary>
    public static PySuper Make(PyType cls, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtype(cls)) return new PySuper(cls, obj, ot);
        if (obj.Type.IsSubtype(cls)) return new PySuper(cls, obj, obj.Type);
        if (obj.LookupAttr(PyStr.Intern("__class__")) is PyType ct && !ReferenceEquals(ct, obj.Type) && ct.IsSubtype(cls))
            return new PySuper(cls, obj, ct);
        throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /// <summary>super() with no arguments inside a method: (__class__, first argument).</summary>
    private static PySuper FromFrame(Frame? f)
    {
        if (f is null) throw PyErr.RuntimeError("super(): no current frame");
        var code = f.Code;
        if (code.co_argcount == 0 && (code.co_flags & Bytecode.CodeFlags.VarArgs) == 0)
            throw PyErr.RuntimeError("super(): no arguments");
        var first = f.LocalsPlus[0];
        if (first is null)
        {
            for (int i = 0; i < code.Cell2Arg.Length; i++)
                if (code.Cell2Arg[i] == 0 && f.LocalsPlus[code.co_nlocals + i] is PyCell c) { first = c.Value; break; }
        }
        if (first is null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        if (code.co_argcount == 0 && first is PyTuple varargs)
        {
            if (varargs.Count == 0) throw PyErr.RuntimeError("super(): no arguments");
            first = varargs[0];
        }
        int nderef = code.NCells + code.NFree;
        for (int i = 0; i < nderef; i++)
        {
            if (code.DerefName(i) != "__class__") continue;
            if (f.LocalsPlus[code.co_nlocals + i] is not PyCell cell) break;
            if (cell.Value is null) throw PyErr.RuntimeError("super(): empty __class__ cell");
            if (cell.Value is not PyType cls) throw PyErr.RuntimeError($"super(): __class__ is not a type ({cell.Value.Type.Name})");
            return Make(cls, first);
        }
        throw PyErr.RuntimeError("super(): __class__ cell not found");
    }

    public override PyType Type => TypeObject;

    public override PyObject? LookupAttr(PyStr name)
    {
        // super_getattro: skip for __class__; search the MRO after ThisClass.
        if (SelfClass is not null && name.Value != "__class__")
        {
            var mro = SelfClass.Mro;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], ThisClass)) i++;
            for (i++; i < mro.Length; i++)
            {
                if (!mro[i].Dict.TryGetValue(name, out var v)) continue;
                if (!v.IsDescriptor) return v;
                return v.DescrGet(ReferenceEquals(Self, SelfClass) ? null : Self, SelfClass);
            }
        }
        return base.LookupAttr(name);
    }

    public override bool IsDescriptor => true;

    public override PyObject DescrGet(PyObject? instance, PyType owner)
    {
        if (instance is null || Self is not null) return this;
        return Make(ThisClass, instance);
    }

    public override string Repr() => SelfClass is not null
        ? $"<super: <class '{ThisClass.Name}'>, <{SelfClass.Name} object>>"
        : $"<super: <class '{ThisClass.Name}'>, NULL>";
}
