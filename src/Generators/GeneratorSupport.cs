// Start-up registration: Core calls back through Interpreter.GeneratorFactory to turn the frame of a
// generator, coroutine or async generator function's call into the object that owns it.
namespace GilRuntime.Generators;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class GeneratorSupport
{
    /// <summary>Registers the generator factory for every interpreter created afterwards (idempotent).</summary>
    public static unsafe void Install()
    {
        Interpreter.RegisterGeneratorFactory(Create);
        Interpreter.RegisterGenerator(typeof(PyGenerator), new GeneratorEntryPoints
        {
            Next = &PyGenerator.ForIterNext,
            EnterInline = &PyGenerator.EnterInline,
            YieldedInline = &PyGenerator.YieldedInline,
            ReturnedInline = &PyGenerator.ReturnedInline,
            RaisedInline = &PyGenerator.RaisedInline,
        });
    }

    /// <summary>The object a call of a CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR code returns: it owns <paramref name="frame"/>.</summary>
    public static PyObject Create(Frame frame)
    {
        var flags = frame.Code.co_flags;
        if ((flags & CodeFlags.Coroutine) != 0) return new PyCoroutine(frame);
        if ((flags & CodeFlags.AsyncGenerator) != 0) return new PyAsyncGenerator(frame);
        return new PyGenerator(frame);
    }
}
