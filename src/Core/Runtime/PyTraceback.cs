// traceback objects: one link per frame an exception passed through, newest last (tb_next points
// toward the frame where it was raised), as PyTraceBack_Here builds them.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Objects;

public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("traceback", typeof(PyTraceback));

    public PyTraceback? Next;
    public readonly Frame Frame;
    /// <summary>Code-unit index of the instruction that raised.</summary>
    public readonly int LastI;

    public PyTraceback(PyTraceback? next, Frame frame, int lasti)
    {
        Next = next;
        Frame = frame.MarkEscaped();
        LastI = lasti;
    }

    public override PyType Type => TypeObject;

    public int LineNo
    {
        get
        {
            var line = Frame.Code.LineAt(LastI);
            return line;
        }
    }

    public override PyObject? LookupAttr(PyStr name) => name.Value switch
    {
        "tb_next" => (PyObject?)Next ?? Py.None,
        "tb_frame" => Frame,
        "tb_lasti" => PyInt.From(LastI * 2),
        "tb_lineno" => LineNo < 0 ? Py.None : PyInt.From(LineNo),
        _ => base.LookupAttr(name),
    };

    public override void SetAttr(PyStr name, PyObject? value)
    {
        if (name.Value == "tb_next")
        {
            Next = value is null or PyNone ? null
                : value as PyTraceback ?? throw PyErr.TypeError($"expected traceback object or None, got '{value.Type.Name}'");
            return;
        }
        base.SetAttr(name, value);
    }
}
