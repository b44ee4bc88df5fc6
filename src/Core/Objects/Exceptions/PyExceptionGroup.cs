// BaseExceptionGroup / ExceptionGroup (PEP 654): a message and a tuple of nested exceptions, with
// split/subgroup/derive, and the two helpers the eval loop needs for except*: MatchGroup
// (CHECK_EG_MATCH, CPython's exception_group_match) and PrepReraiseStar (_PyExc_PrepReraiseStar).
namespace GilRuntime.Core.Objects;

using System.Runtime.CompilerServices;

public sealed class PyExceptionGroup(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Message { get; private set; } = Py.None;
    public PyTuple Exceptions { get; private set; } = PyTuple.Empty;

    /// <summary>BaseExceptionGroup_new: validates (message, exceptions) and picks ExceptionGroup when it can.</summary>
    public static PyExceptionGroup Create(PyType cls, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 2)
            throw PyErr.TypeError(args.Length < 2
                ? $"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)"
                : $"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr message)
            throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (!IsSequence(args[1])) throw PyErr.TypeError("second argument (exceptions) must be a sequence");
        var excs = Ops.ToTuple(args[1]);
        if (excs.Count == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool nestedBase = false;
        for (int i = 0; i < excs.Count; i++)
        {
            if (excs[i] is not PyBaseException e)
                throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Type.IsSubtype(ExceptionTypes.Exception)) nestedBase = true;
        }
        if (ReferenceEquals(cls, ExceptionTypes.ExceptionGroup))
        {
            if (nestedBase) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (ReferenceEquals(cls, ExceptionTypes.BaseExceptionGroup))
        {
            if (!nestedBase) cls = ExceptionTypes.ExceptionGroup;
        }
        else if (nestedBase && cls.IsSubtype(ExceptionTypes.Exception))
        {
            throw PyErr.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        }
        return new PyExceptionGroup(cls, new PyTuple(args.ToArray())) { Message = message, Exceptions = excs };
    }

    /// <summary>PySequence_Check: has __getitem__ and is not a mapping.</summary>
    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange
        || (o is not PyDict && o.Type.LookupMro(PyStr.Intern("__getitem__")) is not null);

    public override void Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Count: > 0 }) throw PyErr.TypeError($"{Type.Name}() takes no keyword arguments");
        Args = new PyTuple(args.ToArray());
    }

    public override string ExceptionStr()
    {
        int n = Exceptions.Count;
        return $"{Ops.Str(Message)} ({n} sub-exception{(n > 1 ? "s" : "")})";
    }

    // ---- split / subgroup -------------------------------------------------------------------------

    private enum MatcherKind { ByType, ByPredicate, ByIdentity }

    private static MatcherKind KindOf(PyObject matcher)
    {
        // 3.11 accepts Python functions only as predicates (PyFunction_Check), not any callable.
        if (matcher is GilRuntime.Core.Runtime.PyFunction) return MatcherKind.ByPredicate;
        if (matcher is PyType t && t.IsSubtype(ExceptionTypes.BaseException)) return MatcherKind.ByType;
        if (matcher is PyTuple tup)
        {
            bool ok = true;
            foreach (var item in tup.Items)
                if (item is not PyType it || !it.IsSubtype(ExceptionTypes.BaseException)) { ok = false; break; }
            if (ok) return MatcherKind.ByType;
        }
        throw PyErr.TypeError("expected a function, exception type or tuple of exception types");
    }

    private static bool Matches(PyBaseException exc, MatcherKind kind, PyObject matcher, HashSet<PyBaseException>? ids)
    {
        switch (kind)
        {
            case MatcherKind.ByType:
                return GivenExceptionMatches(exc.Type, matcher);
            case MatcherKind.ByPredicate:
                return Ops.IsTrue(matcher.Call([exc], null));
            default:
                return exc is not PyExceptionGroup && ids!.Contains(exc);
        }
    }

    /// <summary>PyErr_GivenExceptionMatches for a type and a class or tuple of classes.</summary>
    internal static bool GivenExceptionMatches(PyType t, PyObject match)
    {
        if (match is PyTuple tup)
        {
            foreach (var item in tup.Items)
                if (GivenExceptionMatches(t, item)) return true;
            return false;
        }
        return match is PyType mt && t.IsSubtype(mt);
    }

    private static (PyBaseException? Match, PyBaseException? Remainder) SplitRecursive(PyBaseException exc, MatcherKind kind,
        PyObject matcher, HashSet<PyBaseException>? ids, bool constructRest)
    {
        if (Matches(exc, kind, matcher, ids)) return (exc, null);
        if (exc is not PyExceptionGroup eg) return (null, constructRest ? exc : null);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded in exceptiongroup_split_recursive");
        var matches = new List<PyObject>();
        var rests = constructRest ? new List<PyObject>() : null;
        foreach (var item in eg.Exceptions.Items)
        {
            var (m, r) = SplitRecursive((PyBaseException)item, kind, matcher, ids, constructRest);
            if (m is not null) matches.Add(m);
            if (r is not null) rests!.Add(r);
        }
        var match = eg.Subset(matches);
        var rest = constructRest ? eg.Subset(rests!) : null;
        return (match, rest);
    }

    /// <summary>exceptiongroup_subset: derive() over the parts, copying traceback, chain and notes.</summary>
    private PyBaseException? Subset(List<PyObject> excs)
    {
        if (excs.Count == 0) return null;
        var eg = Ops.CallMethod(this, "derive", new PyList(excs.ToArray()));
        if (eg is not PyExceptionGroup result)
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        result.Traceback = Traceback;
        result.Context = Context;
        result.Cause = Cause;
        result.SuppressContext = SuppressContext;
        if (Notes is { } notes && IsSequence(notes))
            result.SetAttr(PyStr.Intern("__notes__"), new PyList(Ops.ToClrList(notes).ToArray()));
        return result;
    }

    public PyObject Split(PyObject matcher)
    {
        var kind = KindOf(matcher);
        var (m, r) = SplitRecursive(this, kind, matcher, null, true);
        return new PyTuple([(PyObject?)m ?? Py.None, (PyObject?)r ?? Py.None]);
    }

    public PyObject Subgroup(PyObject matcher)
    {
        var kind = KindOf(matcher);
        return (PyObject?)SplitRecursive(this, kind, matcher, null, false).Match ?? Py.None;
    }

    /// <summary>BaseExceptionGroup.derive: a new group with the same message (always via BaseExceptionGroup).</summary>
    public PyObject Derive(PyObject excs) => ExceptionTypes.BaseExceptionGroup.Call([Message, excs], null);

    // ---- except* support --------------------------------------------------------------------------

    /// <summary>
    /// CHECK_EG_MATCH (exception_group_match): returns (match, rest) where match is null when nothing
    /// matched. A naked exception that matches is wrapped in a new ExceptionGroup("", [exc]) that takes
    /// its traceback.
    /// </summary>
    public static (PyObject? Match, PyObject Remainder) MatchForExceptStar(PyBaseException exc, PyObject matchType)
    {
        if (GivenExceptionMatches(exc.Type, matchType))
        {
            if (exc is PyExceptionGroup) return (exc, Py.None);
            var wrapped = (PyBaseException)ExceptionTypes.BaseExceptionGroup.Call([PyStr.Empty, new PyTuple([exc])], null);
            wrapped.Traceback = exc.Traceback;
            return (wrapped, Py.None);
        }
        if (exc is PyExceptionGroup eg)
        {
            var pair = (PyTuple)eg.Split(matchType);
            if (pair[0] is PyNone) return (null, exc);
            return (pair[0], pair[1]);
        }
        return (null, exc);
    }

    /// <summary>_PyExc_PrepReraiseStar: the exception to raise at the end of a try-except* (or None).</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        int n = excs.Count;
        if (n == 0) return Py.None;
        if (orig is not PyExceptionGroup origEg) return excs[0];
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        for (int i = 0; i < n; i++)
        {
            if (excs[i] is not PyBaseException e) continue;
            if (SameMetadata(e, origEg)) reraised.Add(e); else raised.Add(e);
        }
        var ids = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised) CollectLeaves(e, ids);
        var reraisedEg = SplitRecursive(origEg, MatcherKind.ByIdentity, Py.None, ids, false).Match;
        if (raised.Count == 0) return (PyObject?)reraisedEg ?? Py.None;
        if (reraisedEg is not null) raised.Add(reraisedEg);
        if (raised.Count > 1) return ExceptionTypes.BaseExceptionGroup.Call([PyStr.Empty, new PyList(raised.ToArray())], null);
        return raised[0];
    }

    private static bool SameMetadata(PyBaseException a, PyBaseException b) =>
        ReferenceEquals(a.Notes, b.Notes) && ReferenceEquals(a.Traceback, b.Traceback)
        && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> ids)
    {
        if (e is PyExceptionGroup eg)
        {
            foreach (var item in eg.Exceptions.Items) CollectLeaves((PyBaseException)item, ids);
        }
        else ids.Add(e);
    }
}
