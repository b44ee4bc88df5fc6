// Attribute opcodes on instances of Python classes: LOAD_METHOD without a bound-method allocation
// (CPython's LOAD_METHOD: when the class attribute is a plain function and the instance dict does not
// shadow it, push the function and self, and CALL passes self as the first argument).
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Objects.Classes;

internal static partial class EvalLoop
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LoadMethodHeap(Span<PyObject?> stack, int sp, PyObject obj, PyType type, PyStr name)
    {
        if (obj.GetType() == typeof(PyInstance))
        {
            var m = ((PyInstance)obj).LookupMethod(name);
            if (m is not null)
            {
                stack[sp - 1] = m;
                stack[sp++] = obj;
                return sp;
            }
        }
        else
        if (!type.Slots.HasAttrHooks && obj is IHeapInstance h)
        {
            var descr = type.LookupMro(name);
            if ((descr is PyFunction || descr is PyMethodDescriptor)
                && (h.InstanceDict is not { } d || !d.TryGetValue(name, out _)))
            {
                stack[sp - 1] = descr;
                stack[sp++] = obj;
                return sp;
            }
        }
        stack[sp - 1] = null;
        stack[sp++] = Ops.GetAttr(obj, name);
        return sp;
    }

    /// <summary>
    /// Calling a plain class whose __init__ is a Python function (the common `Point(1, 2)`): the new
    /// instance replaces the class in the callable's stack slot, so __init__ runs on the arguments in
    /// place. Null when the class needs the general type_call path.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? ConstructFromStack(ThreadState ts, PyType type, Span<PyObject?> stack, int argStart, int nargs)
    {
        if (!ReferenceEquals(type.Type, PyType.TypeType)) return null;
        var s = type.Slots;
        if (!ReferenceEquals(s.NewOwner, PyType.ObjectType) || s.InitFn is not PyFunction init || !s.InitOwner!.IsHeapType
            || s.IsAbstract || !ReferenceEquals(type.InstanceBase, PyType.ObjectType))
            return null;
        var obj = new PyInstance(type);
        stack[argStart - 1] = obj;
        var r = CallFunctionFromStack(ts, init, stack.Slice(argStart - 1, nargs + 1)!);
        if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        return obj;
    }
}
