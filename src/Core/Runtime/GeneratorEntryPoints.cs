// What the eval loop needs from the generator type, which lives in the Generators assembly (Core cannot
// reference it; Generators registers these at start-up through Interpreter.RegisterGenerator).
//
// Next is tp_iternext with the loop's thread state. The other four let FOR_ITER run a suspended
// generator's frame inside the loop that iterates it, with no C# call per item, as CPython 3.12's
// FOR_ITER_GEN does. The eval loop does the frame side: linking, the stack, ip, the recursion count. The
// generator does its own side at each step: the running flag, its exception state, its finalizer,
// PEP 479.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public unsafe struct GeneratorEntryPoints
{
    /// <summary>tp_iternext taking the thread state: the next value, or null when the generator returned.</summary>
    public delegate*<PyObject, ThreadState, PyObject?> Next;

    /// <summary>
    /// The suspended frame to run inline, now marked running with the generator's exception state pushed;
    /// or null when it must take Next (not started, running or finished), which then does what CPython does.
    /// </summary>
    public delegate*<PyObject, ThreadState, Frame?> EnterInline;

    /// <summary>The inline frame yielded: it is paused again, and the resumer's exception state is restored.</summary>
    public delegate*<Frame, ThreadState, void> YieldedInline;

    /// <summary>The inline frame returned: the generator is finished.</summary>
    public delegate*<Frame, ThreadState, void> ReturnedInline;

    /// <summary>An exception left the inline frame: the generator is finished; returns what its resumer sees (PEP 479).</summary>
    public delegate*<Frame, ThreadState, PyBaseException, PyBaseException> RaisedInline;
}
