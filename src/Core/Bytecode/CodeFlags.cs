// co_flags bits, with CPython's values (Include/cpython/code.h).
namespace GilRuntime.Core.Bytecode;

[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x0001,       // CO_OPTIMIZED: locals are fast locals
    NewLocals = 0x0002,       // CO_NEWLOCALS: a new locals dict/array per call
    VarArgs = 0x0004,         // CO_VARARGS: *args
    VarKeywords = 0x0008,     // CO_VARKEYWORDS: **kwargs
    Nested = 0x0010,          // CO_NESTED: a nested function
    Generator = 0x0020,       // CO_GENERATOR
    NoFree = 0x0040,          // CO_NOFREE (3.11 no longer sets it; kept for the name)
    Coroutine = 0x0080,       // CO_COROUTINE
    IterableCoroutine = 0x0100,
    AsyncGenerator = 0x0200,  // CO_ASYNC_GENERATOR
}
