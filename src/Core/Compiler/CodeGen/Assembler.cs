// The assembler (CPython 3.11: the assemble() half of compile.c): optimizes the CFG (peephole, jump
// threading, dead code), fixes line numbers, computes co_stacksize by flow analysis, derives the
// exception table from the SETUP_*/POP_BLOCK pseudo instructions (3.11 keeps handlers inline; 3.12
// moved them to the end), resolves jump directions and offsets (with EXTENDED_ARG), and builds the CodeObject.
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal sealed class Assembler
{
    private const int MaxCopySize = 4;
    private readonly CompilerUnit _u;
    private readonly string _filename;
    private readonly CodeFlags _flags;
    private BasicBlock _entry;

    public Assembler(CompilerUnit u, string filename, CodeFlags flags)
    {
        _u = u; _filename = filename; _flags = flags;
        _entry = u.Entry;
    }

    public CodeObject Assemble()
    {
        ExtendBlocks();
        InsertPrefix();
        OptimizeCfg();
        DuplicateExitsWithoutLineno();
        TrimUnusedConsts();
        PropagateLineNumbers();
        GuaranteeLinenoForExits();
        var maxDepth = StackDepth();
        LabelExceptionTargets();
        ConvertExceptionHandlersToNops();
        for (var b = _entry; b is not null; b = b.Next) CleanBlock(b, -1);
        EliminateEmptyBlocks();
        NormalizeJumps();
        return Emit(maxDepth);
    }

    // ---- prefix ------------------------------------------------------------------------------------

    private void InsertPrefix()
    {
        var prefix = new List<Instr>();
        var u = _u;
        var nfree = u.FreeVars.Count;
        if (nfree > 0) prefix.Add(new Instr((int)OpCode.COPY_FREE_VARS, nfree, null, Loc.None));
        for (int i = 0; i < u.CellVars.Count; i++) prefix.Add(new Instr((int)OpCode.MAKE_CELL, i, null, Loc.None));
        if ((_flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            var l = new Loc(u.FirstLineno, u.FirstLineno, -1, -1);
            prefix.Add(new Instr((int)OpCode.RETURN_GENERATOR, 0, null, l));
            prefix.Add(new Instr((int)OpCode.POP_TOP, 0, null, l));
        }
        _entry.Instrs.InsertRange(0, prefix);
    }

    // ---- CFG optimization --------------------------------------------------------------------------

    private void OptimizeCfg()
    {
        EliminateEmptyBlocks();
        for (var b = _entry; b is not null; b = b.Next)
        {
            OptimizeBlock(b);
            CleanBlock(b, -1);
        }
        ExtendBlocks();
        MarkReachable();
        for (var b = _entry; b is not null; b = b.Next)
            if (b.Predecessors == 0) b.Instrs.Clear();
        BasicBlock? pred = null;
        for (var b = _entry; b is not null; b = b.Next)
        {
            var prevLine = -1;
            if (pred is not null && pred.Count > 0) prevLine = pred.Last.Loc.Line;
            CleanBlock(b, prevLine);
            pred = b.HasFallthrough ? b : null;
        }
        EliminateEmptyBlocks();
        if (RemoveRedundantJumps()) EliminateEmptyBlocks();
    }

    private bool RemoveRedundantJumps()
    {
        var removed = false;
        for (var b = _entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            var last = b.Last;
            if (last.Op is Pseudo.Jump or Pseudo.JumpNoInterrupt)
            {
                var next = b.Next;
                while (next is not null && next.Count == 0) next = next.Next;
                if (last.Target == next)
                {
                    last.Op = (int)OpCode.NOP;
                    b.Instrs[^1] = last;
                    removed = true;
                }
            }
        }
        return removed;
    }

    private void EliminateEmptyBlocks()
    {
        for (var b = _entry; b is not null; b = b.Next)
        {
            var next = b.Next;
            if (next is not null)
            {
                while (next.Count == 0 && next.Next is not null) next = next.Next;
                b.Next = next;
            }
        }
        for (var b = _entry; b is not null; b = b.Next)
        {
            for (int i = 0; i < b.Count; i++)
            {
                var ins = b.Instrs[i];
                if (ins.Target is null) continue;
                var t = ins.Target;
                while (t.Count == 0 && t.Next is not null) t = t.Next;
                ins.Target = t;
                b.Instrs[i] = ins;
            }
        }
    }

    private static PyObject? ConstOf(CompilerUnit u, Instr i) => i.Op == (int)OpCode.LOAD_CONST ? u.Consts[i.Arg] : null;

    private void OptimizeBlock(BasicBlock bb)
    {
        var ins = bb.Instrs;
        for (int i = 0; i < ins.Count; i++)
        {
            var inst = ins[i];
            var oparg = inst.Arg;
            var nextop = i + 1 < ins.Count ? ins[i + 1].Op : 0;
            Instr target = default;
            var hasTarget = false;
            if (Pseudo.IsJump(inst.Op) && inst.Target is { Count: > 0 } tb)
            {
                target = tb.Instrs[0];
                hasTarget = true;
            }
            switch (inst.Op)
            {
                case (int)OpCode.LOAD_CONST:
                {
                    var cnt = _u.Consts[oparg];
                    switch (nextop)
                    {
                        case Pseudo.PopJumpIfFalse:
                        case Pseudo.PopJumpIfTrue:
                        {
                            var isTrue = IsTrueConst(cnt);
                            if (isTrue is null) break;
                            SetOp(ins, i, (int)OpCode.NOP);
                            var jumpIfTrue = nextop == Pseudo.PopJumpIfTrue;
                            SetOp(ins, i + 1, isTrue == jumpIfTrue ? Pseudo.Jump : (int)OpCode.NOP);
                            break;
                        }
                        case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                        case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                        {
                            var isTrue = IsTrueConst(cnt);
                            if (isTrue is null) break;
                            var jumpIfTrue = nextop == (int)OpCode.JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue) SetOp(ins, i + 1, Pseudo.Jump);
                            else { SetOp(ins, i, (int)OpCode.NOP); SetOp(ins, i + 1, (int)OpCode.NOP); }
                            break;
                        }
                        case (int)OpCode.IS_OP:
                        {
                            var jumpOp = i + 2 < ins.Count ? ins[i + 2].Op : 0;
                            if (cnt is PyNone && jumpOp is Pseudo.PopJumpIfFalse or Pseudo.PopJumpIfTrue)
                            {
                                var nextarg = ins[i + 1].Arg;
                                SetOp(ins, i, (int)OpCode.NOP);
                                SetOp(ins, i + 1, (int)OpCode.NOP);
                                SetOp(ins, i + 2, (nextarg ^ (jumpOp == Pseudo.PopJumpIfFalse ? 1 : 0)) != 0
                                    ? Pseudo.PopJumpIfNotNone : Pseudo.PopJumpIfNone);
                            }
                            break;
                        }
                    }
                    break;
                }
                case (int)OpCode.BUILD_TUPLE:
                    if (nextop == (int)OpCode.UNPACK_SEQUENCE && oparg == ins[i + 1].Arg)
                    {
                        if (oparg == 1)
                        {
                            SetOp(ins, i, (int)OpCode.NOP); SetOp(ins, i + 1, (int)OpCode.NOP);
                            continue;
                        }
                        if (oparg is 2 or 3)
                        {
                            SetOp(ins, i, (int)OpCode.NOP);
                            var n = ins[i + 1]; n.Op = (int)OpCode.SWAP; ins[i + 1] = n;
                            continue;
                        }
                    }
                    if (i >= oparg) FoldTupleOnConstants(ins, i, oparg);
                    break;
                case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                    if (!hasTarget) break;
                    switch (target.Op)
                    {
                        case Pseudo.PopJumpIfFalse: i -= JumpThread(ins, i, target, Pseudo.PopJumpIfFalse); break;
                        case Pseudo.Jump: case (int)OpCode.JUMP_IF_FALSE_OR_POP:
                            i -= JumpThread(ins, i, target, (int)OpCode.JUMP_IF_FALSE_OR_POP); break;
                        case (int)OpCode.JUMP_IF_TRUE_OR_POP: case Pseudo.PopJumpIfTrue:
                            if (inst.Loc.Line == target.Loc.Line && inst.Target!.Count == 1 && inst.Target.Next is not null)
                            {
                                inst.Op = Pseudo.PopJumpIfFalse;
                                inst.Target = inst.Target.Next;
                                ins[i] = inst;
                                i--;
                            }
                            break;
                    }
                    break;
                case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                    if (!hasTarget) break;
                    switch (target.Op)
                    {
                        case Pseudo.PopJumpIfTrue: i -= JumpThread(ins, i, target, Pseudo.PopJumpIfTrue); break;
                        case Pseudo.Jump: case (int)OpCode.JUMP_IF_TRUE_OR_POP:
                            i -= JumpThread(ins, i, target, (int)OpCode.JUMP_IF_TRUE_OR_POP); break;
                        case (int)OpCode.JUMP_IF_FALSE_OR_POP: case Pseudo.PopJumpIfFalse:
                            if (inst.Loc.Line == target.Loc.Line && inst.Target!.Count == 1 && inst.Target.Next is not null)
                            {
                                inst.Op = Pseudo.PopJumpIfTrue;
                                inst.Target = inst.Target.Next;
                                ins[i] = inst;
                                i--;
                            }
                            break;
                    }
                    break;
                case Pseudo.PopJumpIfNone: case Pseudo.PopJumpIfNotNone:
                case Pseudo.PopJumpIfFalse: case Pseudo.PopJumpIfTrue:
                case Pseudo.Jump:
                    if (hasTarget && target.Op == Pseudo.Jump) i -= JumpThread(ins, i, target, inst.Op);
                    break;
                case (int)OpCode.SWAP:
                    if (oparg == 1) { SetOp(ins, i, (int)OpCode.NOP); break; }
                    Swaptimize(ins, ref i);
                    ApplyStaticSwaps(ins, i);
                    break;
                case (int)OpCode.PUSH_NULL:
                    if (nextop == (int)OpCode.LOAD_GLOBAL && (ins[i + 1].Arg & 1) == 0)
                    {
                        SetOp(ins, i, (int)OpCode.NOP);
                        var n = ins[i + 1]; n.Arg |= 1; ins[i + 1] = n;
                    }
                    break;
            }
        }
    }

    /// <summary>Replaces a run of SWAPs (and NOPs) with the minimal equivalent sequence (CPython: swaptimize).</summary>
    private static void Swaptimize(List<Instr> ins, ref int ix)
    {
        var depth = ins[ix].Arg;
        var len = 0;
        var more = false;
        var limit = ins.Count - ix;
        while (++len < limit)
        {
            var op = ins[ix + len].Op;
            if (op == (int)OpCode.SWAP) { depth = Math.Max(depth, ins[ix + len].Arg); more = true; }
            else if (op != (int)OpCode.NOP) break;
        }
        if (!more) return;
        var stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++)
        {
            if (ins[ix + i].Op == (int)OpCode.SWAP)
            {
                var oparg = ins[ix + i].Arg;
                (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
            }
        }
        const int Visited = -1;
        var current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i) continue;
            var j = i;
            while (true)
            {
                if (j != 0)
                {
                    var x = ins[ix + current];
                    x.Op = (int)OpCode.SWAP;
                    x.Arg = j + 1;
                    ins[ix + current] = x;
                    current--;
                }
                if (stack[j] == Visited) break;
                var nextJ = stack[j];
                stack[j] = Visited;
                j = nextJ;
            }
        }
        while (0 <= current) { SetOp(ins, ix + current, (int)OpCode.NOP); current--; }
        ix += len - 1;
    }

    private static bool Swappable(int op) => op is (int)OpCode.STORE_FAST or (int)OpCode.POP_TOP;

    private static int NextSwappable(List<Instr> ins, int i, int lineno)
    {
        while (++i < ins.Count)
        {
            var x = ins[i];
            if (0 <= lineno && x.Loc.Line != lineno) return -1;
            if (x.Op == (int)OpCode.NOP) continue;
            if (Swappable(x.Op)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>SWAP followed by stores/pops: reorder those instead (CPython: apply_static_swaps).</summary>
    private static void ApplyStaticSwaps(List<Instr> ins, int i)
    {
        for (; 0 <= i; i--)
        {
            var swap = ins[i];
            if (swap.Op != (int)OpCode.SWAP)
            {
                if (swap.Op == (int)OpCode.NOP || Swappable(swap.Op)) continue;
                return;
            }
            var j = NextSwappable(ins, i, -1);
            if (j < 0) return;
            var k = j;
            var lineno = ins[j].Loc.Line;
            for (int count = swap.Arg - 1; 0 < count; count--)
            {
                k = NextSwappable(ins, k, lineno);
                if (k < 0) return;
            }
            SetOp(ins, i, (int)OpCode.NOP);
            (ins[j], ins[k]) = (ins[k], ins[j]);
        }
    }

    private static void SetOp(List<Instr> ins, int i, int op)
    {
        var x = ins[i];
        x.Op = op;
        if (!Pseudo.IsJump(op)) x.Target = null;
        ins[i] = x;
    }

    private static bool? IsTrueConst(PyObject o) => o switch
    {
        PyBool b => b.Value != 0,
        PyInt i => i.IsTrue(),
        PyFloat f => f.Value != 0.0,
        PyComplex c => c.IsTrue(),
        PyStr s => s.Value.Length != 0,
        PyBytes by => by.Value.Length != 0,
        PyTuple t => t.Count != 0,
        PyNone => false,
        PyEllipsis => true,
        PyFrozenSet fs => fs.Count != 0,
        CodeObject => true,
        _ => null,
    };

    private static int JumpThread(List<Instr> ins, int i, Instr target, int opcode)
    {
        var inst = ins[i];
        if (inst.Loc.Line == target.Loc.Line && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Op = opcode;
            ins[i] = inst;
            return 1;
        }
        return 0;
    }

    private void FoldTupleOnConstants(List<Instr> ins, int n, int count)
    {
        for (int i = n - count; i < n; i++) if (ins[i].Op != (int)OpCode.LOAD_CONST) return;
        var items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = _u.Consts[ins[n - count + i].Arg];
        var idx = _u.AddConst(new PyTuple(items));
        for (int i = n - count; i < n; i++) SetOp(ins, i, (int)OpCode.NOP);
        var t = ins[n];
        t.Op = (int)OpCode.LOAD_CONST;
        t.Arg = idx;
        ins[n] = t;
    }

    /// <summary>Removes NOPs that carry no line information (CPython: clean_basic_block).</summary>
    private static void CleanBlock(BasicBlock bb, int prevLine)
    {
        var ins = bb.Instrs;
        var dest = 0;
        for (int src = 0; src < ins.Count; src++)
        {
            var line = ins[src].Loc.Line;
            if (ins[src].Op == (int)OpCode.NOP)
            {
                if (line < 0) continue;
                if (prevLine == line) continue;
                if (src < ins.Count - 1)
                {
                    var nextLine = ins[src + 1].Loc.Line;
                    if (nextLine < 0 || nextLine == line)
                    {
                        var nx = ins[src + 1];
                        if (nextLine < 0) nx.Loc = ins[src].Loc;
                        ins[src + 1] = nx;
                        continue;
                    }
                }
                else
                {
                    var next = bb.Next;
                    while (next is not null && next.Count == 0) next = next.Next;
                    if (next is not null && line == next.Instrs[0].Loc.Line) continue;
                }
            }
            if (dest != src) ins[dest] = ins[src];
            dest++;
            prevLine = line;
        }
        ins.RemoveRange(dest, ins.Count - dest);
    }

    private static bool IsExitWithoutLineno(BasicBlock b) => b.ExitsScope && !b.HasLineno;

    /// <summary>Inlines small exit blocks at the jumps to them, walking the blocks as CPython walks its
    /// block list (most recently allocated first), which decides what gets copied into what.</summary>
    private void ExtendBlocks()
    {
        var all = _u.AllBlocks;
        for (int i = all.Count - 1; i >= 0; i--) ExtendBlock(all[i]);
    }

    private static void ExtendBlock(BasicBlock bb)
    {
        if (bb.Count == 0) return;
        var last = bb.Last;
        if (last.Op != Pseudo.Jump) return;
        var t = last.Target!;
        if (IsExitWithoutLineno(t) && t.Count <= MaxCopySize)
        {
            last.Op = (int)OpCode.NOP;
            last.Target = null;
            bb.Instrs[^1] = last;
            bb.Instrs.AddRange(t.Instrs);
        }
    }

    private void MarkReachable()
    {
        for (var b = _entry; b is not null; b = b.Next) { b.Predecessors = 0; b.IsHandler = false; }
        var stack = new Stack<BasicBlock>();
        _entry.Predecessors = 1;
        stack.Push(_entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && b.HasFallthrough)
            {
                if (b.Next.Predecessors == 0) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            foreach (var ins in b.Instrs)
            {
                if (ins.Target is null) continue;
                if (ins.Target.Predecessors == 0) stack.Push(ins.Target);
                ins.Target.Predecessors++;
                if (Pseudo.IsBlockPush(ins.Op)) ins.Target.IsHandler = true;
            }
        }
    }

    private void DuplicateExitsWithoutLineno()
    {
        // CPython walks its block list here, which is in reverse order of allocation.
        var all = _u.AllBlocks.ToArray();
        for (int bi = all.Length - 1; bi >= 0; bi--)
        {
            var b = all[bi];
            if (b.Count == 0) continue;
            var last = b.Last;
            if (!Pseudo.IsJump(last.Op) || last.Target is null) continue;
            var target = last.Target;
            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = _u.NewBlock();
                copy.Instrs.AddRange(target.Instrs);
                var first = copy.Instrs[0];
                first.Loc = last.Loc;
                copy.Instrs[0] = first;
                last.Target = copy;
                b.Instrs[^1] = last;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
            }
        }
        for (var b = _entry; b is not null; b = b.Next)
        {
            if (b.HasFallthrough && b.Next is not null && b.Count > 0 && IsExitWithoutLineno(b.Next))
            {
                var first = b.Next.Instrs[0];
                first.Loc = b.Last.Loc;
                b.Next.Instrs[0] = first;
            }
        }
    }

    private void TrimUnusedConsts()
    {
        var max = 0;
        for (var b = _entry; b is not null; b = b.Next)
            foreach (var i in b.Instrs)
                if ((i.Op == (int)OpCode.LOAD_CONST || i.Op == (int)OpCode.KW_NAMES) && i.Arg > max) max = i.Arg;
        if (max + 1 < _u.Consts.Count) _u.Consts.RemoveRange(max + 1, _u.Consts.Count - max - 1);
    }

    private void PropagateLineNumbers()
    {
        for (var b = _entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            var prev = Loc.None;
            for (int i = 0; i < b.Count; i++)
            {
                var ins = b.Instrs[i];
                if (ins.Loc.Line < 0) { ins.Loc = prev; b.Instrs[i] = ins; }
                else prev = ins.Loc;
            }
            if (b.HasFallthrough && b.Next is not null && b.Next.Predecessors == 1 && b.Next.Count > 0
                && b.Next.Instrs[0].Loc.Line < 0)
            {
                var f = b.Next.Instrs[0]; f.Loc = prev; b.Next.Instrs[0] = f;
            }
            var last = b.Last;
            if (Pseudo.IsJump(last.Op) && last.Target is { Predecessors: 1, Count: > 0 } t && t.Instrs[0].Loc.Line < 0)
            {
                var f = t.Instrs[0]; f.Loc = prev; t.Instrs[0] = f;
            }
        }
    }

    private void GuaranteeLinenoForExits()
    {
        var lineno = _u.FirstLineno;
        for (var b = _entry; b is not null; b = b.Next)
        {
            if (b.Count == 0) continue;
            var last = b.Last;
            if (last.Loc.Line < 0)
            {
                if (last.Op == (int)OpCode.RETURN_VALUE)
                {
                    for (int i = 0; i < b.Count; i++)
                    {
                        var x = b.Instrs[i];
                        x.Loc = new Loc(lineno, lineno, -1, -1);
                        b.Instrs[i] = x;
                    }
                }
            }
            else lineno = last.Loc.Line;
        }
    }

    // ---- stack depth -------------------------------------------------------------------------------

    private int StackDepth()
    {
        for (var b = _entry; b is not null; b = b.Next) b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        var maxDepth = 0;
        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth == int.MinValue)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
        }
        Push(_entry, 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            var depth = b.StartDepth;
            var next = b.Next;
            foreach (var ins in b.Instrs)
            {
                var effect = Pseudo.StackEffect(ins.Op, ins.Arg, false);
                var newDepth = depth + effect;
                if (newDepth > maxDepth) maxDepth = newDepth;
                if (ins.Target is not null)
                {
                    var targetDepth = depth + Pseudo.StackEffect(ins.Op, ins.Arg, true);
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    Push(ins.Target, targetDepth);
                }
                depth = newDepth;
                if (Pseudo.IsUnconditionalJump(ins.Op) || Pseudo.IsScopeExit(ins.Op))
                {
                    next = null;
                    break;
                }
            }
            if (next is not null) Push(next, depth);
        }
        return maxDepth;
    }

    // ---- exception table ---------------------------------------------------------------------------

    private void LabelExceptionTargets()
    {
        for (var b = _entry; b is not null; b = b.Next) { b.Visited = false; b.ExceptStack = null; }
        var todo = new Stack<BasicBlock>();
        _entry.ExceptStack = new Stack<BasicBlock>();
        _entry.Visited = true;
        todo.Push(_entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var exceptStack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = exceptStack.Count > 0 ? exceptStack.Peek() : null;
            for (int i = 0; i < b.Count; i++)
            {
                var ins = b.Instrs[i];
                if (Pseudo.IsBlockPush(ins.Op))
                {
                    var t = ins.Target!;
                    if (!t.Visited)
                    {
                        t.ExceptStack = CopyStack(exceptStack);
                        t.Visited = true;
                        todo.Push(t);
                    }
                    if (ins.Op is Pseudo.SetupWith or Pseudo.SetupCleanup) t.PreserveLasti = true;
                    exceptStack.Push(t);
                    handler = t;
                }
                else if (ins.Op == Pseudo.PopBlock)
                {
                    if (exceptStack.Count > 0) exceptStack.Pop();
                    handler = exceptStack.Count > 0 ? exceptStack.Peek() : null;
                }
                else if (ins.Target is not null)
                {
                    ins.Except = handler;
                    b.Instrs[i] = ins;
                    var t = ins.Target;
                    if (!t.Visited)
                    {
                        t.ExceptStack = b.HasFallthrough ? CopyStack(exceptStack) : exceptStack;
                        t.Visited = true;
                        todo.Push(t);
                    }
                }
                else
                {
                    ins.Except = handler;
                    b.Instrs[i] = ins;
                }
            }
            if (b.HasFallthrough && b.Next is not null && !b.Next.Visited)
            {
                b.Next.ExceptStack = exceptStack;
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }

    private static Stack<BasicBlock> CopyStack(Stack<BasicBlock> s)
    {
        var arr = s.ToArray();
        Array.Reverse(arr);
        return new Stack<BasicBlock>(arr);
    }

    private void ConvertExceptionHandlersToNops()
    {
        for (var b = _entry; b is not null; b = b.Next)
            for (int i = 0; i < b.Count; i++)
            {
                var ins = b.Instrs[i];
                if (Pseudo.IsBlockPush(ins.Op) || ins.Op == Pseudo.PopBlock)
                {
                    ins.Op = (int)OpCode.NOP;
                    ins.Target = null;
                    b.Instrs[i] = ins;
                }
            }
    }

    private void NormalizeJumps()
    {
        for (var b = _entry; b is not null; b = b.Next) b.Visited = false;
        for (var b = _entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            if (b.Count == 0) continue;
            var last = b.Last;
            if (last.Target is null) continue;
            var back = last.Target.Visited;
            last.Op = last.Op switch
            {
                Pseudo.Jump => back ? (int)OpCode.JUMP_BACKWARD : (int)OpCode.JUMP_FORWARD,
                Pseudo.JumpNoInterrupt => back ? (int)OpCode.JUMP_BACKWARD_NO_INTERRUPT : (int)OpCode.JUMP_FORWARD,
                Pseudo.PopJumpIfFalse => back ? (int)OpCode.POP_JUMP_BACKWARD_IF_FALSE : (int)OpCode.POP_JUMP_FORWARD_IF_FALSE,
                Pseudo.PopJumpIfTrue => back ? (int)OpCode.POP_JUMP_BACKWARD_IF_TRUE : (int)OpCode.POP_JUMP_FORWARD_IF_TRUE,
                Pseudo.PopJumpIfNone => back ? (int)OpCode.POP_JUMP_BACKWARD_IF_NONE : (int)OpCode.POP_JUMP_FORWARD_IF_NONE,
                Pseudo.PopJumpIfNotNone => back ? (int)OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE : (int)OpCode.POP_JUMP_FORWARD_IF_NOT_NONE,
                _ => last.Op,
            };
            b.Instrs[^1] = last;
        }
    }

    // ---- emission ----------------------------------------------------------------------------------

    private static int InstrSize(int arg) => arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;

    private CodeObject Emit(int maxDepth)
    {
        var blocks = new List<BasicBlock>();
        for (var b = _entry; b is not null; b = b.Next) blocks.Add(b);
        // Resolve jump arguments until instruction sizes stop changing.
        bool changed;
        int total;
        do
        {
            var off = 0;
            foreach (var b in blocks)
            {
                b.Offset = off;
                foreach (var ins in b.Instrs) off += InstrSize(ins.Arg);
            }
            total = off;
            changed = false;
            foreach (var b in blocks)
            {
                var o = b.Offset;
                for (int i = 0; i < b.Count; i++)
                {
                    var ins = b.Instrs[i];
                    var size = InstrSize(ins.Arg);
                    if (ins.Target is not null)
                    {
                        var after = o + size;
                        var arg = OpCodeInfo.Get((OpCode)ins.Op).Arg == ArgKind.JumpBackward
                            ? after - ins.Target.Offset : ins.Target.Offset - after;
                        if (arg < 0) throw new InvalidOperationException($"bad jump {ins.Op} in {_u.QualName}");
                        if (arg != ins.Arg)
                        {
                            if (InstrSize(arg) != size) changed = true;
                            ins.Arg = arg;
                            b.Instrs[i] = ins;
                        }
                    }
                    o += InstrSize(ins.Arg);
                }
            }
        } while (changed);

        var code = new byte[total * 2];
        var positions = new SourcePosition[total];
        var table = new List<ExceptionTableEntry>();
        var pc = 0;
        BasicBlock? curHandler = null;
        var curStart = 0;
        void Flush(int end)
        {
            if (curHandler is not null && end > curStart)
            {
                var depth = curHandler.StartDepth - 1 - (curHandler.PreserveLasti ? 1 : 0);
                table.Add(new ExceptionTableEntry(curStart, end, curHandler.Offset, depth, curHandler.PreserveLasti));
            }
        }
        foreach (var b in blocks)
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Except != curHandler)
                {
                    Flush(pc);
                    curHandler = ins.Except;
                    curStart = pc;
                }
                var size = InstrSize(ins.Arg);
                var pos = new SourcePosition(ins.Loc.Line, ins.Loc.EndLine, ins.Loc.Col, ins.Loc.EndCol);
                for (int k = size - 1; k >= 1; k--)
                {
                    code[pc * 2] = (byte)OpCode.EXTENDED_ARG;
                    code[pc * 2 + 1] = (byte)(ins.Arg >> (8 * k));
                    positions[pc] = pos;
                    pc++;
                }
                code[pc * 2] = (byte)ins.Op;
                code[pc * 2 + 1] = (byte)ins.Arg;
                positions[pc] = pos;
                pc++;
            }
        }
        Flush(pc);

        var u = _u;
        var names = new PyStr[u.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(u.Names[i]);
        var nargs = u.ArgCount + u.PosOnlyArgCount + u.KwOnlyArgCount
            + ((_flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((_flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        var cell2arg = new int[u.CellVars.Count];
        for (int i = 0; i < cell2arg.Length; i++)
        {
            cell2arg[i] = -1;
            for (int a = 0; a < nargs && a < u.VarNames.Count; a++)
                if (u.VarNames[a] == u.CellVars[i]) { cell2arg[i] = a; break; }
        }
        return new CodeObject
        {
            co_code = code,
            co_consts = u.Consts.ToArray(),
            co_names = names,
            co_varnames = u.VarNames.ToArray(),
            co_cellvars = u.CellVars.ToArray(),
            co_freevars = u.FreeVars.ToArray(),
            co_argcount = u.ArgCount + u.PosOnlyArgCount,
            co_posonlyargcount = u.PosOnlyArgCount,
            co_kwonlyargcount = u.KwOnlyArgCount,
            co_stacksize = maxDepth,
            co_flags = _flags,
            co_filename = _filename,
            co_name = u.Name,
            co_qualname = u.QualName,
            co_firstlineno = u.FirstLineno,
            Positions = positions,
            ExceptionTable = table.ToArray(),
            Cell2Arg = cell2arg,
        };
    }
}
