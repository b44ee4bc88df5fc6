// File-name rules of the path-based import system: where compiled code for a source file is cached
// (importlib.util.cache_from_source) and how a sys.path entry names a directory.
namespace GilRuntime.Core.Runtime.Import;

public static class ImportPaths
{
    /// <summary>sys.implementation.cache_tag: names our compiled files apart from CPython's.</summary>
    public const string CacheTag = "gilrun-311";

    /// <summary>dir/__pycache__/name.gilrun-311.pyc for dir/name.py.</summary>
    public static string CacheFromSource(string path)
    {
        var dir = Path.GetDirectoryName(path) ?? "";
        var stem = Path.GetFileNameWithoutExtension(path);
        return Path.Combine(dir, "__pycache__", stem + "." + CacheTag + ".pyc");
    }

    /// <summary>FileFinder's base directory: '' and '.' are the current directory; relative entries are made absolute.</summary>
    public static string EntryDirectory(string entry)
    {
        if (entry.Length == 0 || entry == ".") return Directory.GetCurrentDirectory();
        return Path.IsPathRooted(entry) ? entry : Path.Combine(Directory.GetCurrentDirectory(), entry);
    }
}
