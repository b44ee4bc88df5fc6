// The one place the import system turns a source file into a code object. Compiled code caching
// (__pycache__) plugs in here: CodeCache.LoadOrCompile when it exists.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Bytecode;

internal static class ModuleCode
{
    public static CodeObject Load(string path) => SourceCompiler.Compile(File.ReadAllText(path), path, "exec");
}
