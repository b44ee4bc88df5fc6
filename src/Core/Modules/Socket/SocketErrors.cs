// The exceptions _socket raises: OSError built from errno (so OSError.__new__ picks the subclass,
// e.g. ConnectionRefusedError for ECONNREFUSED, with strerror's text), socket.timeout (which is
// TimeoutError since 3.10) with the message "timed out", and socket.gaierror / socket.herror, the
// OSError subclasses for resolver failures.
namespace GilRuntime.Core.Modules.Socket;

using GilRuntime.Core.Objects;

internal static class SocketErrors
{
    private static PyType? s_gaierror, s_herror;

    /// <summary>socket.gaierror: getaddrinfo's EAI_* codes with gai_strerror's text.</summary>
    public static PyType GaiError => s_gaierror ??= MakeType("gaierror");

    /// <summary>socket.herror: the legacy h_errno resolver errors.</summary>
    public static PyType HError => s_herror ??= MakeType("herror");

    private static PyType MakeType(string name)
    {
        var ns = new PyDict();
        ns.SetItem(PyStr.Intern("__module__"), PyStr.From("socket"));
        return (PyType)PyType.TypeType.Call([PyStr.From(name), new PyTuple([ExceptionTypes.OSError]), ns], null);
    }

    /// <summary>OSError(errno, strerror(errno)), the subclass chosen by errno (CPython: PyErr_SetFromErrno).</summary>
    public static PyException FromErrno(int errno) =>
        PyErr.New(ExceptionTypes.OSError, PyInt.From(errno), PyStr.From(PosixNative.StrError(errno)));

    /// <summary>socket.timeout("timed out").</summary>
    public static PyException Timeout() => PyErr.New(ExceptionTypes.TimeoutError, "timed out");

    /// <summary>A getaddrinfo failure: gaierror(code, gai_strerror(code)), or OSError for EAI_SYSTEM.</summary>
    public static PyException FromGai(int code, int errno)
    {
        if (code == SocketNative.EAI_SYSTEM) return FromErrno(errno);
        return PyErr.New(GaiError, PyInt.From(code), PyStr.From(SocketNative.GaiStrError(code)));
    }
}
