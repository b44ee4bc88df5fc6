// The shipped library (src/Lib) is copied beside the assemblies and is the last entry of sys.path,
// after the script's directory and PYTHONPATH, so user modules shadow it as in CPython.
namespace GilRuntime.Unit.Runtime.Import;

using GilRuntime.Core.Runtime;
using Xunit;

public class LibraryPathTests
{
    private static string Run(string source, InterpreterOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        options.Stdout = stdout;
        options.Stderr = stderr;
        options.Stdin = new StringReader("");
        int status = -1;
        var t = new Thread(() => status = new Interpreter(options).RunString(source), 64 * 1024 * 1024);
        t.Start();
        t.Join();
        Assert.True(status == 0, stderr.ToString());
        return stdout.ToString();
    }

    [Fact]
    public void LibDirectoryIsCopiedBesideTheAssemblies()
    {
        Assert.True(File.Exists(Path.Combine(InterpreterOptions.DefaultLibDirectory, "keyword.py")));
    }

    [Fact]
    public void ShippedModuleIsImportedFromTheLibDirectory()
    {
        var output = Run("import keyword, sys\nprint(keyword.__file__)\nprint(sys.path[-1])\nprint(keyword.iskeyword('def'))",
            new InterpreterOptions { PythonPath = null });
        var lib = InterpreterOptions.DefaultLibDirectory;
        Assert.Equal($"{Path.Combine(lib, "keyword.py")}\n{lib}\nTrue\n", output);
    }

    [Fact]
    public void SysPathOrderIsScriptDirectoryThenPythonPathThenLibrary()
    {
        var a = Path.Combine(Path.GetTempPath(), "gilrun-pp-a");
        var output = Run("import sys\nprint(sys.path)",
            new InterpreterOptions { ScriptDirectory = "/scriptdir", PythonPath = a + ":/pp/b", LibDirectory = "/lib" });
        Assert.Equal($"['/scriptdir', '{a}', '/pp/b', '/lib']\n", output);
    }

    [Fact]
    public void UserModuleShadowsTheLibrary()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gilrun-shadow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keyword.py"), "kwlist = ['mine']\n");
        try
        {
            var output = Run("import keyword\nprint(keyword.kwlist)", new InterpreterOptions { ScriptDirectory = dir, PythonPath = null });
            Assert.Equal("['mine']\n", output);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
