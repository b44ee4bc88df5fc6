// The match statement (PEP 634) as CPython 3.11 compiles it: the subject stays on the stack, each
// pattern pushes the values it captures, and a failed test jumps to a "fail_pop" block that pops
// exactly what this pattern had pushed so far.
namespace GilRuntime.Core.Compiler.CodeGen;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Objects;

public sealed partial class CodeGenerator
{
    private sealed class PatternContext
    {
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<BasicBlock> FailPop = new();
        public int OnTop;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };
    private static bool IsStarWildcard(Pattern p) => p is MatchStar { Name: null };

    private void CompileMatch(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = _u.NewBlock();
        var cases = s.Cases.Count;
        var last = s.Cases[cases - 1];
        var hasDefault = IsWildcard(last.Pattern) && 1 < cases;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            SetLoc(m.Pattern);
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.COPY, 1);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.POP_TOP);
            VisitStmts(m.Body);
            EmitJump(Pseudo.Jump, end);
            SetLoc(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            var m = last;
            SetLoc(m.Pattern);
            if (cases == 1) Emit(OpCode.POP_TOP);
            else Emit(OpCode.NOP);
            if (m.Guard is not null) JumpIf(m.Guard, end, false);
            VisitStmts(m.Body);
        }
        UseNext(end);
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(_u.NewBlock());
    }

    private void JumpToFailPop(PatternContext pc, int op)
    {
        var pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNext(pc.FailPop[i]);
            Emit(OpCode.POP_TOP);
        }
        UseNext(pc.FailPop[0]);
        pc.FailPop = new List<BasicBlock>();
    }

    private void PatternRotate(int count)
    {
        while (1 < count) Emit(OpCode.SWAP, count--);
    }

    private void PatternStoreName(string? name, PatternContext pc, Node at)
    {
        if (name is null) { Emit(OpCode.POP_TOP); return; }
        // CPython reports these at the current location: the last pattern visited (patterns, unlike
        // expressions, do not restore the location when done).
        ForbiddenName(name, ExprContext.Store);
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern");
        PatternRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private void CompilePattern(Pattern p, PatternContext pc)
    {
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
            {
                var value = _folder.Fold(v.Value);
                if (value is not (Constant or Attribute))
                    throw Error("patterns may only match literals and attribute lookups", v);
                VisitExpr(value);
                EmitCompare(CmpOpKind.Eq);
                JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
                break;
            }
            case MatchSingleton s:
                LoadConst(s.Value);
                EmitCompare(CmpOpKind.Is);
                JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
                break;
            case MatchSequence seq: PatternSequence(seq, pc); break;
            case MatchMapping map: PatternMapping(map, pc); break;
            case MatchClass cls: PatternClass(cls, pc); break;
            case MatchStar st: PatternStoreName(st.Name, pc, st); break;
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        if (a.Name is not null) throw Error($"name capture '{a.Name}' makes remaining patterns unreachable", a);
                        throw Error("wildcard makes remaining patterns unreachable", a);
                    }
                    PatternStoreName(a.Name, pc, a);
                    break;
                }
                pc.OnTop++;
                Emit(OpCode.COPY, 1);
                CompilePattern(a.Pattern, pc);
                pc.OnTop--;
                PatternStoreName(a.Name, pc, a);
                break;
            case MatchOr o: PatternOr(o, pc); break;
        }
    }

    private void SubPattern(Pattern p, PatternContext pc)
    {
        var allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var size = patterns.Count;
        var star = -1;
        var onlyWildcard = true;
        var starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var q = patterns[i];
            if (q is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern");
                starWildcard = IsStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(q);
        }
        pc.OnTop++;
        Emit(OpCode.MATCH_SEQUENCE);
        JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst(PyInt.From(size));
            EmitCompare(CmpOpKind.Eq);
            JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        }
        else
        {
            Emit(OpCode.GET_LEN);
            LoadConst(PyInt.From(size - 1));
            EmitCompare(CmpOpKind.GtE);
            JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(OpCode.POP_TOP);
        else if (starWildcard)
        {
            pc.OnTop++;
            for (int i = 0; i < size; i++)
            {
                var q = patterns[i];
                if (IsWildcard(q) || i == star) continue;
                Emit(OpCode.COPY, 1);
                if (i < star) LoadConst(PyInt.From(i));
                else
                {
                    Emit(OpCode.GET_LEN);
                    LoadConst(PyInt.From(size - i));
                    Emit(OpCode.BINARY_OP, (int)OperatorKind.Sub);
                }
                Emit(OpCode.BINARY_SUBSCR);
                SubPattern(q, pc);
            }
            pc.OnTop--;
            Emit(OpCode.POP_TOP);
        }
        else
        {
            var seenStar = false;
            for (int i = 0; i < size; i++)
            {
                if (patterns[i] is MatchStar)
                {
                    if (seenStar) throw Error("multiple starred expressions in sequence pattern", patterns[i]);
                    seenStar = true;
                    Emit(OpCode.UNPACK_EX, i + ((size - i - 1) << 8));
                }
            }
            if (!seenStar) Emit(OpCode.UNPACK_SEQUENCE, size);
            pc.OnTop += size;
            for (int i = 0; i < size; i++)
            {
                pc.OnTop--;
                SubPattern(patterns[i], pc);
            }
        }
    }

    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var size = keys.Count;
        pc.OnTop++;
        Emit(OpCode.MATCH_MAPPING);
        JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        if (size == 0 && p.Rest is null)
        {
            pc.OnTop--;
            Emit(OpCode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst(PyInt.From(size));
            EmitCompare(CmpOpKind.GtE);
            JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        }
        var seen = new HashSet<string>();
        foreach (var key0 in keys)
        {
            var key = _folder.Fold(key0);
            if (key is Constant k)
            {
                // 1 == 1.0 == True as dict keys
                var ck = NumericKey(k.Value) ?? CompilerUnit.ConstKey(k.Value) ?? k.Value.Repr();
                if (!seen.Add(ck)) throw Error($"mapping pattern checks duplicate key ({Ops.Repr(k.Value)})");
            }
            else if (key is not Attribute)
                throw Error("mapping pattern keys may only match literals and attribute lookups", key);
            VisitExpr(key);
        }
        Emit(OpCode.BUILD_TUPLE, size);
        Emit(OpCode.MATCH_KEYS);
        pc.OnTop += 2;
        Emit(OpCode.COPY, 1);
        LoadConst(Py.None);
        Emit(OpCode.IS_OP, 1);
        JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        Emit(OpCode.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            SubPattern(p.Patterns[i], pc);
        }
        pc.OnTop -= 2;
        if (p.Rest is not null)
        {
            Emit(OpCode.BUILD_MAP, 0);
            Emit(OpCode.SWAP, 3);
            Emit(OpCode.DICT_UPDATE, 2);
            Emit(OpCode.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                Emit(OpCode.COPY, 1 + size--);
                Emit(OpCode.SWAP, 2);
                Emit(OpCode.DELETE_SUBSCR);
            }
            PatternStoreName(p.Rest, pc, p);
        }
        else
        {
            Emit(OpCode.POP_TOP);
            Emit(OpCode.POP_TOP);
        }
    }

    private static string? NumericKey(PyObject v) => v switch
    {
        PyInt i => "n" + i.ToBigInteger().ToString(System.Globalization.CultureInfo.InvariantCulture),
        PyFloat f when Math.Floor(f.Value) == f.Value && Math.Abs(f.Value) < 1e18 => "n" + ((long)f.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private void PatternClass(MatchClass p, PatternContext pc)
    {
        var nargs = p.Patterns.Count;
        var nattrs = p.KwdAttrs.Count;
        for (int i = 0; i < nattrs; i++)
        {
            SetLoc(p.KwdPatterns[i]);
            ForbiddenName(p.KwdAttrs[i], ExprContext.Store);
            for (int j = i + 1; j < nattrs; j++)
                if (p.KwdAttrs[i] == p.KwdAttrs[j])
                    throw Error($"attribute name repeated in class pattern: {p.KwdAttrs[i]}", p.KwdPatterns[j]);
        }
        VisitExpr(p.Cls);
        var names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = PyStr.From(p.KwdAttrs[i]);
        LoadConst(new PyTuple(names));
        Emit(OpCode.MATCH_CLASS, nargs);
        Emit(OpCode.COPY, 1);
        LoadConst(Py.None);
        Emit(OpCode.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, Pseudo.PopJumpIfFalse);
        Emit(OpCode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var q = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(q)) { Emit(OpCode.POP_TOP); continue; }
            SubPattern(q, pc);
        }
    }

    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = _u.NewBlock();
        var size = p.Patterns.Count;
        var oldStores = pc.Stores;
        var oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        var oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            Emit(OpCode.COPY, 1);
            CompilePattern(alt, pc);
            var nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names");
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    var name = control[icontrol];
                    var istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names");
                    if (icontrol != istores)
                    {
                        var rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) PatternRotate(icontrol + 1);
                    }
                }
            }
            EmitJump(Pseudo.Jump, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        Emit(OpCode.POP_TOP);
        JumpToFailPop(pc, Pseudo.Jump);
        UseNext(end);
        var nst = control!.Count;
        var nrots = nst + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nst; i++)
        {
            PatternRotate(nrots);
            var name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern");
            pc.Stores.Add(name);
        }
        Emit(OpCode.POP_TOP);
    }
}
