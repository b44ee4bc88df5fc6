// The eval loop's view of a frame's localsplus array (fast locals, cells, free variables and the value
// stack): one interior pointer, indexed without bounds checks. The compiler sizes every frame for its
// code's deepest stack (co_stacksize), which is what makes unchecked indexing safe, as it is for
// CPython's stack_pointer; Debug builds check every index all the same. One register instead of a
// span's two matters in a dispatch loop whose hottest values compete for five callee-saved registers.
namespace GilRuntime.Core.Runtime;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilRuntime.Core.Objects;

internal readonly ref struct FrameSlots
{
    private readonly ref PyObject? _first;
#if DEBUG
    private readonly int _length;
#endif

    public FrameSlots(PyObject?[] localsPlus)
    {
        _first = ref MemoryMarshal.GetArrayDataReference(localsPlus);
#if DEBUG
        _length = localsPlus.Length;
#endif
    }

    public ref PyObject? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
#if DEBUG
            Debug.Assert((uint)index < (uint)_length, $"frame slot {index} outside localsplus[{_length}]");
#endif
            return ref Unsafe.Add(ref _first, index);
        }
    }

    /// <summary>The <paramref name="count"/> values from <paramref name="start"/>, as call arguments (never null there).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<PyObject> Args(int start, int count) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref this[start]), count);
}
