// wrapper_descriptor ("slot wrapper"): the dunder entries of builtin types (int.__add__, list.__len__,
// object.__repr__...) for the slots their .NET classes implement. Installed later in this issue.
namespace GilRuntime.Core.Objects.Classes;

internal static class SlotWrappers
{
    public static void InstallAll(IEnumerable<PyType> types) { }
}
