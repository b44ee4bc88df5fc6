// The bridge from the runtime to the compiler: source text to a CodeObject.
namespace GilRuntime.Core.Runtime;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler;
using GilRuntime.Core.Objects;

internal static class SourceCompiler
{
    /// <summary>Compiles <paramref name="source"/>; mode is "exec", "eval" or "single". Raises SyntaxError.</summary>
    internal static CodeObject Compile(string source, string filename, string mode) =>
        PythonCompiler.Compile(source, filename, mode switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        });
}
