// The compiler's front door: source text or an AST in, a CodeObject out (CPython: compile()).
namespace GilRuntime.Core.Compiler;

using GilRuntime.Core.Bytecode;
using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.CodeGen;
using GilRuntime.Core.Compiler.Parsing;

public enum CompileMode { Exec, Eval, Single }

public static class PythonCompiler
{
    /// <summary>Parses and compiles <paramref name="source"/>; raises SyntaxError as CPython does.</summary>
    public static CodeObject Compile(string source, string filename, CompileMode mode)
    {
        ModuleRoot root = mode switch
        {
            CompileMode.Eval => Parser.ParseExpression(source, filename),
            CompileMode.Single => Parser.ParseInteractive(source, filename),
            _ => Parser.ParseModule(source, filename),
        };
        return CodeGenerator.Compile(root, filename, mode, source);
    }

    /// <summary>Compiles an AST (as the parser makes it).</summary>
    public static CodeObject Compile(ModuleRoot ast, string filename, CompileMode mode) =>
        CodeGenerator.Compile(ast, filename, mode);
}
