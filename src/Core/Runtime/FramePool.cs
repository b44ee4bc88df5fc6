// Recycles function frames, as CPython 3.11 does with its per-thread data stack: a call should not
// cost two heap allocations (the frame and its localsplus array). The pool keeps, per thread, one
// frame for each recursion depth. A call at depth d takes the frame left at d by the previous call
// that returned from that depth; after a normal return its slots are cleared and it waits there.
// A frame that escaped (a traceback, sys._getframe or f_back handed it to Python code) keeps its
// contents for whoever holds it and is simply replaced by a fresh one.
//
// No frame in the pool can be running: the frames running on a thread sit at depths 0..depth-1, and
// a new call always takes the slot at the current depth. Generator frames never come from the pool,
// since they outlive their call and are resumed at other depths.
namespace GilRuntime.Core.Runtime;

using System.Runtime.CompilerServices;
using GilRuntime.Core.Bytecode;

internal sealed class FramePool
{
    private Frame?[] _byDepth = new Frame?[64];

    /// <summary>A frame ready to run <paramref name="fn"/> at the given recursion depth, with empty slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame Rent(int depth, PyFunction fn, CodeObject code)
    {
        var byDepth = _byDepth;
        if ((uint)depth < (uint)byDepth.Length && byDepth[depth] is { Escaped: false } frame)
        {
            frame.Reinit(code, fn);
            return frame;
        }
        return RentSlow(depth, fn, code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame RentSlow(int depth, PyFunction fn, CodeObject code)
    {
        var frame = new Frame(code, fn.Globals, fn.Builtins, null) { Function = fn };
        if (depth >= _byDepth.Length)
        {
            if (depth >= 1 << 20) return frame; // beyond any sane recursion limit: do not pool
            Array.Resize(ref _byDepth, Math.Max(depth + 1, _byDepth.Length * 2));
        }
        _byDepth[depth] = frame;
        return frame;
    }

    /// <summary>
    /// After a normal return from <paramref name="depth"/>: drops the frame's references so it can serve
    /// the next call. A frame that escaped leaves the pool instead, so that the pool does not keep its
    /// contents alive once whoever holds it lets go (that is when its objects may be finalized).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release(int depth, Frame frame)
    {
        if (!frame.Escaped) Array.Clear(frame.LocalsPlus, 0, frame.Code.FrameSize);
        else ReleaseEscaped(depth, frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReleaseEscaped(int depth, Frame frame)
    {
        if ((uint)depth < (uint)_byDepth.Length && ReferenceEquals(_byDepth[depth], frame)) _byDepth[depth] = null;
    }
}
