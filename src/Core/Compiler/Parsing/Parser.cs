// The public entry points of the parser: source text in, AST out, or a SyntaxError (a PyException
// carrying a SyntaxError/IndentationError/TabError) with CPython 3.11's message and position.
namespace GilRuntime.Core.Compiler.Parsing;

using GilRuntime.Core.Compiler.Ast;
using GilRuntime.Core.Compiler.Tokenizing;

public static class Parser
{
    /// <summary>Mode "exec": a whole file.</summary>
    public static Module ParseModule(string source, string filename)
    {
        var p = PythonParser.Create(source, filename);
        return p.ParseFile();
    }

    /// <summary>Mode "eval": one expression (leading whitespace and trailing newlines allowed).</summary>
    public static Expression ParseExpression(string source, string filename)
    {
        var p = PythonParser.Create(source, filename, evalMode: true);
        return p.ParseEval();
    }

    /// <summary>Mode "single": one interactive statement (simple statements or one compound statement).</summary>
    public static Interactive ParseInteractive(string source, string filename)
    {
        var p = PythonParser.Create(source, filename);
        return p.ParseInteractive();
    }

    /// <summary>The tokens of a source text, as the parser sees them (for tests and tools).</summary>
    public static List<Token> Tokenize(string source, string filename) => new Tokenizer(source, filename).Tokenize();
}
