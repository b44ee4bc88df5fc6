// Argument binding: CPython 3.11's rules and its TypeError wording (expected texts are what python3
// prints for the same calls).
namespace GilRuntime.Unit.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;
using Xunit;

public class CallTests : VmTestBase
{
    /// <summary>A function whose body returns a tuple of all its locals, in co_varnames order.</summary>
    private PyFunction Fn(string name, string[] vars, int argc, int posonly = 0, int kwonly = 0,
        CodeFlags extra = CodeFlags.None, PyObject[]? defaults = null, PyDict? kwdefaults = null)
    {
        var b = new CodeBuilder { Name = name, VarNames = vars, ArgCount = argc, PosOnly = posonly, KwOnly = kwonly };
        b.Flags |= extra;
        for (int i = 0; i < vars.Length; i++) b.Op(OpCode.LOAD_FAST, i);
        b.Op(OpCode.BUILD_TUPLE, vars.Length).Op(OpCode.RETURN_VALUE);
        return new PyFunction(b.Build(), Globals, Interp.Builtins) { Defaults = defaults, KwDefaults = kwdefaults };
    }

    private static PyObject I(long v) => PyInt.From(v);
    private static PyTuple Kw(params string[] names) => new([.. names.Select(PyStr.Intern)]);

    private static string Error(PyFunction f, PyObject[] args, PyTuple? kw = null)
    {
        try { f.Call(args, kw); }
        catch (PyException e) { Assert.Equal(ExceptionTypes.TypeError, e.Value.Type); return e.Value.Str(); }
        throw new Xunit.Sdk.XunitException("no TypeError");
    }

    [Fact]
    public void MissingAndExtraPositionals()
    {
        var f = Fn("f", ["a", "b", "k"], 2, kwonly: 1);
        Assert.Equal("f() missing 2 required positional arguments: 'a' and 'b'", Error(f, []));
        Assert.Equal("f() missing 1 required positional argument: 'b'", Error(f, [I(1)]));
        Assert.Equal("f() missing 1 required keyword-only argument: 'k'", Error(f, [I(1), I(2)]));
        Assert.Equal("f() takes 2 positional arguments but 3 were given", Error(f, [I(1), I(2), I(3)]));
        Assert.Equal("f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
            Error(f, [I(1), I(2), I(3), I(1)], Kw("k")));
        Assert.Equal("f() got an unexpected keyword argument 'z'", Error(f, [I(1), I(2), I(1), I(1)], Kw("z", "k")));
        Assert.Equal("f() got multiple values for argument 'a'", Error(f, [I(1), I(1), I(2)], Kw("a", "b")));
    }

    [Fact]
    public void ThreeMissingNamesUseOxfordComma()
    {
        var f = Fn("q3", ["a", "b", "c"], 3);
        Assert.Equal("q3() missing 3 required positional arguments: 'a', 'b', and 'c'", Error(f, []));
    }

    [Fact]
    public void PositionalOnlyAndDefaults()
    {
        var p = Fn("p", ["a", "b", "c"], 3, posonly: 2, defaults: [I(1), I(2)]);
        Assert.Equal("p() got some positional-only arguments passed as keyword arguments: 'a'", Error(p, [I(1)], Kw("a")));
        Assert.Equal("p() takes from 1 to 3 positional arguments but 4 were given", Error(p, [I(1), I(2), I(3), I(4)]));
        Assert.Equal("p() missing 1 required positional argument: 'a'", Error(p, []));
        Assert.Equal("p() got some positional-only arguments passed as keyword arguments: 'a, b'",
            Error(p, [I(1), I(2), I(3)], Kw("a", "b")));
        var r = (PyTuple)p.Call([I(7)], null);
        Assert.Equal(new long[] { 7, 1, 2 }, r.Items.Select(x => ((PyInt)x).Value));
    }

    [Fact]
    public void KeywordOnlyMessages()
    {
        var q4 = Fn("q4", ["a", "b"], 0, kwonly: 2);
        Assert.Equal("q4() takes 0 positional arguments but 1 was given", Error(q4, [I(1)]));
        Assert.Equal("q4() missing 2 required keyword-only arguments: 'a' and 'b'", Error(q4, []));
        var q5 = Fn("q5", ["a", "b"], 1, kwonly: 1);
        Assert.Equal("q5() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
            Error(q5, [I(1), I(2), I(3)], Kw("b")));
        Assert.Equal("q5() takes 1 positional argument but 3 were given", Error(q5, [I(1), I(2), I(3)]));
        var kwd = new PyDict();
        kwd.SetItem(PyStr.Intern("b"), I(9));
        var q6 = Fn("q6", ["a", "b"], 1, kwonly: 1, kwdefaults: kwd);
        var r = (PyTuple)q6.Call([I(1)], null);
        Assert.Equal(9, ((PyInt)r[1]).Value);
    }

    [Fact]
    public void DefaultsRangeMessage()
    {
        var q2 = Fn("q2", ["a", "b"], 2, defaults: [I(2)]);
        Assert.Equal("q2() takes from 1 to 2 positional arguments but 3 were given", Error(q2, [I(1), I(2), I(3)]));
    }

    [Fact]
    public void VarArgsAndVarKeywords()
    {
        // def f(a, *args, **kw)
        var f = Fn("f", ["a", "args", "kw"], 1, extra: CodeFlags.VarArgs | CodeFlags.VarKeywords);
        var r = (PyTuple)f.Call([I(1), I(2), I(3), I(4)], Kw("x"));
        Assert.Equal(1, ((PyInt)r[0]).Value);
        Assert.Equal(2, ((PyTuple)r[1]).Count);
        var kw = (PyDict)r[2];
        Assert.Equal(4, ((PyInt)kw.GetItem(PyStr.Intern("x"))).Value);
        Assert.Equal("f() got multiple values for argument 'a'", Error(f, [I(1), I(2)], Kw("a")));
    }

    [Fact]
    public void QualNameIsUsedInMessages()
    {
        var b = new CodeBuilder { Name = "inner", QualName = "outer.<locals>.inner" };
        b.LoadConst(Py.None).Op(OpCode.RETURN_VALUE);
        var f = new PyFunction(b.Build(), Globals, Interp.Builtins);
        Assert.Equal("outer.<locals>.inner() takes 0 positional arguments but 1 was given", Error(f, [I(1)]));
    }

    [Fact]
    public void CallFunctionExErrors()
    {
        var f = Fn("f", ["a"], 1);
        Globals.SetItem(PyStr.Intern("f"), f);
        var m = Module();
        m.Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m.Name_("f")).LoadConst(PyTuple.Empty).LoadConst(I(3))
         .Op(OpCode.CALL_FUNCTION_EX, 1).Op(OpCode.RETURN_VALUE);
        var e = Raises(() => Run(m.Build()));
        Assert.Equal("__main__.f() argument after ** must be a mapping, not int", e.Value.Str());
        var m2 = Module();
        m2.Op(OpCode.PUSH_NULL).Op(OpCode.LOAD_NAME, m2.Name_("f")).LoadConst(I(3))
          .Op(OpCode.CALL_FUNCTION_EX, 0).Op(OpCode.RETURN_VALUE);
        Assert.Equal("__main__.f() argument after * must be an iterable, not int", Raises(() => Run(m2.Build())).Value.Str());
    }

    [Fact]
    public void FunctionAttributesAndRepr()
    {
        var f = Fn("f", ["a"], 1, defaults: [I(3)]);
        Assert.Equal("f", ((PyStr)f.LookupAttr(PyStr.Intern("__name__"))!).Value);
        Assert.Equal("__main__", ((PyStr)f.LookupAttr(PyStr.Intern("__module__"))!).Value);
        Assert.Equal(1, ((PyTuple)f.LookupAttr(PyStr.Intern("__defaults__"))!).Count);
        Assert.StartsWith("<function f at 0x", f.Repr());
        f.SetAttr(PyStr.Intern("custom"), I(5));
        Assert.Equal(5, ((PyInt)f.LookupAttr(PyStr.Intern("custom"))!).Value);
        var bound = f.DescrGet(I(1), PyInt.TypeObject);
        Assert.IsType<PyMethod>(bound);
        Assert.Equal(1, ((PyInt)((PyTuple)bound.Call([], null))[0]).Value);
    }
}
