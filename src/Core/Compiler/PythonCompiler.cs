// The compiler's front door: source text or an AST in, a CodeObject out (CPython: compile()).
namespace GilRuntime.Core.Compiler;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.CodeGen;

public enum CompileMode { Exec, Eval, Single }

public static class PythonCompiler
{
    /// <summary>Parses and compiles <paramref name="source"/>; raises SyntaxError as CPython does.</summary>
    public static CodeObject Compile(string source, string filename, CompileMode mode)
    {
        ModuleRoot root = mode switch
        {
            CompileMode.Eval => ParseVia("ParseExpression", source, filename),
            CompileMode.Single => ParseVia("ParseInteractive", source, filename),
            _ => ParseVia("ParseModule", source, filename),
        };
        return CodeGenerator.Compile(root, filename, mode, source);
    }

    /// <summary>Compiles an AST (as the parser makes it).</summary>
    public static CodeObject Compile(ModuleRoot ast, string filename, CompileMode mode) =>
        CodeGenerator.Compile(ast, filename, mode);

    // The parser is written in parallel with the compiler; until it lands it is looked up by name.
    private static ModuleRoot ParseVia(string method, string source, string filename)
    {
        var t = typeof(PythonCompiler).Assembly.GetType("GilRuntime.Core.Compiler.Parsing.Parser")
            ?? throw new InvalidOperationException("the parser is not available yet");
        var m = t.GetMethod(method, [typeof(string), typeof(string)])
            ?? throw new InvalidOperationException("Parser." + method + " not found");
        try
        {
            return (ModuleRoot)m.Invoke(null, [source, filename])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
