// The bridge from the runtime to the compiler: source text to a CodeObject.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Objects;

internal static class SourceCompiler
{
    /// <summary>Compiles <paramref name="source"/>; mode is "exec", "eval" or "single". Raises SyntaxError.</summary>
    internal static CodeObject Compile(string source, string filename, string mode)
    {
        var compilerType = Type.GetType("GilRuntime.Core.Compiler.PythonCompiler")
            ?? throw PyErr.SystemError("the compiler is not available");
        var modeType = Type.GetType("GilRuntime.Core.Compiler.CompileMode")!;
        var modeValue = Enum.Parse(modeType, mode, ignoreCase: true);
        var method = compilerType.GetMethod("Compile", [typeof(string), typeof(string), modeType])!;
        try
        {
            return (CodeObject)method.Invoke(null, [source, filename, modeValue])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is PyException pe)
        {
            throw pe;
        }
    }
}
