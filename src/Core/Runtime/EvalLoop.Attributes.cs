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
}
