// The Python-visible attributes and methods of the builtin exception types (CPython's
// BaseException_methods / BaseException_getset and each subtype's members), installed in the type
// dicts so that lookups on instances of heap subclasses find them along the MRO.
namespace GilRuntime.Core.Objects;

using GilRuntime.Core.Runtime;

public static partial class ExceptionTypes
{
    private static void RegisterMembers()
    {
        var b = BaseException;
        b.Dict.SetItem(PyStr.Intern("__new__"), new PyBuiltinFunction("__new__", static (args, kw) =>
        {
            if (args.Length == 0) throw PyErr.TypeError("BaseException.__new__(): not enough arguments");
            if (args[0] is not PyType cls)
                throw PyErr.TypeError($"BaseException.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!cls.IsSubtype(BaseException))
                throw PyErr.TypeError($"BaseException.__new__({cls.Name}): {cls.Name} is not a subtype of BaseException");
            return Alloc(cls, args[1..(args.Length - (kw?.Count ?? 0))]);
        }));
        b.AddMethod("__init__", static (self, args, kw) =>
        {
            Self(self, "__init__").Init(args, kw);
            return Py.None;
        });
        b.AddMethod("__str__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__str__", args, kw, 0);
            return PyStr.From(Self(self, "__str__").BaseExceptionStr());
        });
        b.AddMethod("__repr__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__repr__", args, kw, 0);
            return PyStr.From(Self(self, "__repr__").ExceptionRepr());
        });
        b.AddMethod("with_traceback", static (self, args, kw) =>
        {
            ArgParser.Exactly("with_traceback", args, kw, 1);
            var e = Self(self, "with_traceback");
            SetTraceback(e, args[0]);
            return e;
        });
        b.AddMethod("add_note", static (self, args, kw) =>
        {
            ArgParser.Exactly("add_note", args, kw, 1);
            Self(self, "add_note").AddNote(args[0]);
            return Py.None;
        });
        b.AddMethod("__reduce__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__reduce__", args, kw, 0);
            var e = Self(self, "__reduce__");
            return e.InstanceDict is { Count: > 0 } d ? new PyTuple([e.Type, e.Args, d]) : new PyTuple([e.Type, e.Args]);
        });
        b.AddMethod("__setstate__", static (self, args, kw) =>
        {
            ArgParser.Exactly("__setstate__", args, kw, 1);
            var e = Self(self, "__setstate__");
            if (args[0] is PyDict state)
            {
                foreach (var key in Ops.ToClrList(state)) e.SetAttr((PyStr)key, state.GetItem(key));
            }
            else if (args[0] is not PyNone) throw PyErr.TypeError("state is not a dictionary");
            return Py.None;
        });

        Attr<PyBaseException>(b, "args", static e => e.Args, static (e, v) =>
        {
            if (v is null) throw PyErr.TypeError("args may not be deleted");
            e.Args = Ops.ToTuple(v);
        });
        Attr<PyBaseException>(b, "__traceback__", static e => e.Traceback ?? Py.None, static (e, v) =>
        {
            if (v is null) throw PyErr.TypeError("__traceback__ may not be deleted");
            SetTraceback(e, v);
        });
        Attr<PyBaseException>(b, "__cause__", static e => (PyObject?)e.Cause ?? Py.None, static (e, v) =>
        {
            if (v is null) throw PyErr.TypeError("__cause__ may not be deleted");
            e.Cause = v is PyNone ? null : v as PyBaseException
                ?? throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
        });
        Attr<PyBaseException>(b, "__context__", static e => (PyObject?)e.Context ?? Py.None, static (e, v) =>
        {
            if (v is null) throw PyErr.TypeError("__context__ may not be deleted");
            e.Context = v is PyNone ? null : v as PyBaseException
                ?? throw PyErr.TypeError("exception context must be None or derive from BaseException");
        });
        Attr<PyBaseException>(b, "__suppress_context__", static e => Py.Bool(e.SuppressContext),
            static (e, v) => e.SuppressContext = v is not null && Ops.IsTrue(v));
        Attr<PyBaseException>(b, "__dict__", static e => e.InstanceDict ??= new PyDict(), static (e, v) =>
        {
            if (v is null) throw PyErr.TypeError("__dict__ may not be deleted");
            e.InstanceDict = v as PyDict ?? throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
        });

        foreach (var t in new[] { StopIteration, StopAsyncIteration })
            Attr<PyStopIteration>(t, "value", static e => e.Value, static (e, v) => e.Value = v ?? Py.None);
        Attr<PySystemExit>(SystemExit, "code", static e => e.Code, static (e, v) => e.Code = v ?? Py.None);

        Attr<PyImportError>(ImportError, "msg", static e => e.Msg, static (e, v) => e.Msg = v ?? Py.None);
        Attr<PyImportError>(ImportError, "name", static e => e.Name, static (e, v) => e.Name = v ?? Py.None);
        Attr<PyImportError>(ImportError, "path", static e => e.Path, static (e, v) => e.Path = v ?? Py.None);
        Attr<PyNameError>(NameError, "name", static e => e.Name, static (e, v) => e.Name = v ?? Py.None);
        Attr<PyNameError>(AttributeError, "name", static e => e.Name, static (e, v) => e.Name = v ?? Py.None);
        Attr<PyNameError>(AttributeError, "obj", static e => e.Obj, static (e, v) => e.Obj = v ?? Py.None);

        Attr<PyOSError>(OSError, "errno", static e => e.Errno, static (e, v) => e.Errno = v ?? Py.None);
        Attr<PyOSError>(OSError, "strerror", static e => e.Strerror, static (e, v) => e.Strerror = v ?? Py.None);
        Attr<PyOSError>(OSError, "filename", static e => e.Filename, static (e, v) => e.Filename = v ?? Py.None);
        Attr<PyOSError>(OSError, "filename2", static e => e.Filename2, static (e, v) => e.Filename2 = v ?? Py.None);
        Attr<PyOSError>(OSError, "characters_written",
            static e => e.CharactersWritten ?? throw PyErr.AttributeError("characters_written"),
            static (e, v) =>
            {
                if (v is null && e.CharactersWritten is null) throw PyErr.AttributeError("characters_written");
                e.CharactersWritten = v is null ? null : Ops.Index(v);
            });

        var s = SyntaxError;
        Attr<PySyntaxError>(s, "msg", static e => e.MsgObj, static (e, v) => e.MsgObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "filename", static e => e.FilenameObj, static (e, v) => e.FilenameObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "lineno", static e => e.LinenoObj, static (e, v) => e.LinenoObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "offset", static e => e.OffsetObj, static (e, v) => e.OffsetObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "text", static e => e.TextObj, static (e, v) => e.TextObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "end_lineno", static e => e.EndLinenoObj, static (e, v) => e.EndLinenoObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "end_offset", static e => e.EndOffsetObj, static (e, v) => e.EndOffsetObj = v ?? Py.None);
        Attr<PySyntaxError>(s, "print_file_and_line", static e => e.PrintFileAndLine, static (e, v) => e.PrintFileAndLine = v ?? Py.None);

        foreach (var u in new[] { UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError })
        {
            Attr<PyUnicodeError>(u, "encoding", static e => e.Encoding, static (e, v) => e.Encoding = v ?? Py.None);
            Attr<PyUnicodeError>(u, "object", static e => e.Object, static (e, v) => e.Object = v ?? Py.None);
            Attr<PyUnicodeError>(u, "start", static e => e.Start, static (e, v) => e.Start = v ?? Py.None);
            Attr<PyUnicodeError>(u, "end", static e => e.End, static (e, v) => e.End = v ?? Py.None);
            Attr<PyUnicodeError>(u, "reason", static e => e.Reason, static (e, v) => e.Reason = v ?? Py.None);
        }

        // Types with their own tp_str get their own __str__ (KeyError.__str__ is not BaseException.__str__).
        foreach (var t in new[] { KeyError, OSError, SyntaxError, ImportError, UnicodeEncodeError, UnicodeDecodeError,
                     UnicodeTranslateError, BaseExceptionGroup })
        {
            t.AddMethod("__str__", static (self, args, kw) =>
            {
                ArgParser.Exactly("__str__", args, kw, 0);
                return PyStr.From(Self(self, "__str__").ExceptionStr());
            });
        }

        var g = BaseExceptionGroup;
        Attr<PyExceptionGroup>(g, "message", static e => e.Message, null);
        Attr<PyExceptionGroup>(g, "exceptions", static e => e.Exceptions, null);
        g.AddMethod("derive", static (self, args, kw) =>
        {
            ArgParser.Exactly("derive", args, kw, 1);
            return Group(self, "derive").Derive(args[0]);
        });
        g.AddMethod("split", static (self, args, kw) =>
        {
            ArgParser.Exactly("split", args, kw, 1);
            return Group(self, "split").Split(args[0]);
        });
        g.AddMethod("subgroup", static (self, args, kw) =>
        {
            ArgParser.Exactly("subgroup", args, kw, 1);
            return Group(self, "subgroup").Subgroup(args[0]);
        });
    }

    private static void SetTraceback(PyBaseException e, PyObject tb)
    {
        if (tb is PyNone) e.Traceback = null;
        else if (tb is PyTraceback) e.Traceback = tb;
        else throw PyErr.TypeError("__traceback__ must be a traceback or None");
    }

    private static PyBaseException Self(PyObject self, string method) => self as PyBaseException
        ?? throw PyErr.TypeError($"descriptor '{method}' requires a 'BaseException' object but received a '{self.Type.Name}'");

    private static PyExceptionGroup Group(PyObject self, string method) => self as PyExceptionGroup
        ?? throw PyErr.TypeError($"descriptor '{method}' requires a 'BaseExceptionGroup' object but received a '{self.Type.Name}'");

    /// <summary>A data descriptor for a field of <typeparamref name="T"/>; null setter: read-only.</summary>
    private static void Attr<T>(PyType owner, string name, Func<T, PyObject> get, Action<T, PyObject?>? set)
        where T : PyBaseException
    {
        PyObject Get(PyObject o) => o is T t ? get(t)
            : throw PyErr.TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
        Action<PyObject, PyObject?> setter = set is null
            ? (o, v) => throw PyErr.AttributeError($"readonly attribute")
            : (o, v) =>
            {
                if (o is not T t)
                    throw PyErr.TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
                set(t, v);
            };
        owner.Dict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(owner, name, Get, setter));
    }
}
