// Start-up registration: Core calls back through Interpreter.GeneratorFactory to turn the frame of a
// generator function's call into a generator object.
namespace GilRuntime.Generators;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class GeneratorSupport
{
    /// <summary>Registers the generator factory for every interpreter created afterwards (idempotent).</summary>
    public static void Install() => Interpreter.RegisterGeneratorFactory(Create);

    /// <summary>The object a call of a CO_GENERATOR (or coroutine) code returns: it owns <paramref name="frame"/>.</summary>
    public static PyObject Create(Frame frame)
    {
        var flags = frame.Code.co_flags;
        if ((flags & CodeFlags.Coroutine) != 0) throw PyErr.SystemError("coroutines are not supported yet");
        if ((flags & CodeFlags.AsyncGenerator) != 0) throw PyErr.SystemError("asynchronous generators are not supported yet");
        return new PyGenerator(frame);
    }
}
