// File-name rules of the path-based import system: where compiled code for a source file is cached
// (importlib.util.cache_from_source) and how a sys.path entry names a directory.
namespace GilRuntime.Core.Runtime.Import;

public static class ImportPaths
{
    /// <summary>dir/__pycache__/name.gilrun-311.pyc for dir/name.py (the code cache's own rule).</summary>
    public static string CacheFromSource(string path) => CodeCache.CachePath(path);

    /// <summary>FileFinder's base directory: '' and '.' are the current directory; relative entries are made absolute.</summary>
    public static string EntryDirectory(string entry)
    {
        if (entry.Length == 0 || entry == ".") return Directory.GetCurrentDirectory();
        return Path.IsPathRooted(entry) ? entry : Path.Combine(Directory.GetCurrentDirectory(), entry);
    }
}
