// The modules built into gilrun (CPython's Modules/config.c `_PyImport_Inittab`): each name maps to the
// function that builds the module on first import. sys and builtins are made by the interpreter itself,
// because everything else needs them.
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Runtime;

public static class ModuleTable
{
    public static readonly (string Name, Func<Interpreter, PyModule> Create)[] Builtin =
    [
        ("time", static i => TimeModule.Create(i)),
        ("_thread", static i => Threads.ThreadModule.Create(i)),
        ("math", static _ => MathModule.Create()),
        ("posix", static _ => PosixModule.Create()),
        ("_frozen_importlib", static i => FrozenImportlibModule.CreateBootstrap(i)),
        ("_frozen_importlib_external", static i => FrozenImportlibModule.CreateExternal(i)),
        ("io", static i => Io.IoModule.Create(i)),
        ("json", static _ => Json.JsonModule.Create()),
        ("re", static _ => Re.ReModule.Create()),
        ("textwrap", static _ => TextwrapModule.Create()),
        ("random", static _ => RandomModule.Create()),
        ("heapq", static _ => HeapqModule.Create()),
        ("_heapq", static _ => HeapqModule.Create()),
        ("bisect", static _ => BisectModule.Create()),
        ("_bisect", static _ => BisectModule.Create()),
        ("itertools", static _ => Itertools.ItertoolsModule.Create()),
        ("operator", static _ => OperatorModule.Create("operator")),
        ("_operator", static _ => OperatorModule.Create("_operator")),
        ("_functools", static _ => FunctoolsModule.Create("_functools")),
        ("_collections", static _ => CollectionsModule.Create()),
        ("traceback", static i => Traceback.TracebackModule.Create(i)),
        ("_socket", static _ => Socket.SocketModule.Create()),
        ("select", static _ => Select.SelectModule.Create()),
        ("gil", static _ => GilModule.Create()),
        ("gc", static i => GcModule.Create(i)),
    ];
}
