// The one place the import system turns a source file into a code object: through the __pycache__
// code cache (CodeCache), which compiles and rewrites the cache when the source changed.
namespace GilRuntime.Core.Runtime.Import;

using GilRuntime.Core.Bytecode;

internal static class ModuleCode
{
    public static CodeObject Load(string path) => CodeCache.LoadOrCompile(path);
}
