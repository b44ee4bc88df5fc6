// The eval loop's view of a frame's localsplus array: an indexer without bounds checks that returns
// a reference, so `stack[sp++] = v` is one store (no covariant-array type check, no length kept in a
// register). The array is sized by the compiler's co_stacksize, which bounds every index the
// bytecode can produce; Frame allocates NLocalsPlus + co_stacksize (+1) slots.
namespace GilRuntime.Core.Runtime;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilRuntime.Core.Objects;

internal readonly ref struct ValueStack
{
    private readonly ref PyObject? _slot0;
    private readonly PyObject?[] _array;

    public ValueStack(PyObject?[] localsPlus)
    {
        _array = localsPlus;
        _slot0 = ref MemoryMarshal.GetArrayDataReference(localsPlus);
    }

    public ref PyObject? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert((uint)index < (uint)_array.Length);
            return ref Unsafe.Add(ref _slot0, index);
        }
    }

    /// <summary>The arguments of a call, as the vectorcall span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<PyObject> Slice(int start, int length) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref Unsafe.Add(ref _slot0, start)), length);

    /// <summary>The whole array, for the rare-opcode helpers that take a span.</summary>
    public Span<PyObject?> AsSpan() => _array;
}
