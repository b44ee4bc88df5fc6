// The C library calls behind the posix module. Going through libc (not System.IO) gives the errno
// values, and with strerror the messages, that CPython's posixmodule.c reports for the same call.
namespace GilRuntime.Core.Modules;

using System.Runtime.InteropServices;

internal static unsafe class PosixNative
{
    private const string Libc = "libc";

    [DllImport(Libc, SetLastError = true)] public static extern int mkdir(string path, uint mode);
    [DllImport(Libc, SetLastError = true)] public static extern int rmdir(string path);
    [DllImport(Libc, SetLastError = true)] public static extern int unlink(string path);
    [DllImport(Libc, SetLastError = true)] public static extern int rename(string from, string to);
    [DllImport(Libc, SetLastError = true)] public static extern int chdir(string path);
    [DllImport(Libc, SetLastError = true)] public static extern int access(string path, int mode);
    [DllImport(Libc, SetLastError = true)] public static extern int stat(string path, byte* buf);
    [DllImport(Libc, SetLastError = true)] public static extern int lstat(string path, byte* buf);
    [DllImport(Libc, SetLastError = true)] public static extern IntPtr opendir(string path);
    [DllImport(Libc, SetLastError = true)] public static extern IntPtr readdir(IntPtr dir);
    [DllImport(Libc, SetLastError = true)] public static extern int closedir(IntPtr dir);
    [DllImport(Libc, SetLastError = true)] public static extern nint readlink(string path, byte* buf, nint size);
    [DllImport(Libc)] public static extern IntPtr strerror(int errnum);
    [DllImport(Libc)] public static extern uint umask(uint mask);
    [DllImport(Libc)] public static extern int getppid();
    [DllImport(Libc)] public static extern uint getuid();

    public static int Errno => Marshal.GetLastPInvokeError();

    public static string StrError(int errno) => Marshal.PtrToStringUTF8(strerror(errno)) ?? $"Unknown error {errno}";

    /// <summary>struct dirent (glibc, 64-bit): d_ino 8, d_off 8, d_reclen 2, d_type 1, d_name.</summary>
    public const int DirentTypeOffset = 18;
    public const int DirentNameOffset = 19;

    /// <summary>A decoded struct stat (glibc; layouts of x86-64 and of the generic 64-bit ABI used by arm64).</summary>
    public readonly record struct StatBuf(ulong Dev, ulong Ino, uint Mode, ulong Nlink, uint Uid, uint Gid, ulong Rdev,
        long Size, long Blksize, long Blocks, long ASec, long ANsec, long MSec, long MNsec, long CSec, long CNsec);

    public static int Stat(string path, bool follow, out StatBuf result)
    {
        byte* buf = stackalloc byte[256];
        int rc = follow ? stat(path, buf) : lstat(path, buf);
        if (rc != 0)
        {
            result = default;
            return Errno;
        }
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            result = new StatBuf(*(ulong*)buf, *(ulong*)(buf + 8), *(uint*)(buf + 24), *(ulong*)(buf + 16),
                *(uint*)(buf + 28), *(uint*)(buf + 32), *(ulong*)(buf + 40), *(long*)(buf + 48), *(long*)(buf + 56),
                *(long*)(buf + 64), *(long*)(buf + 72), *(long*)(buf + 80), *(long*)(buf + 88), *(long*)(buf + 96),
                *(long*)(buf + 104), *(long*)(buf + 112));
        }
        else
        {
            result = new StatBuf(*(ulong*)buf, *(ulong*)(buf + 8), *(uint*)(buf + 16), *(uint*)(buf + 20),
                *(uint*)(buf + 24), *(uint*)(buf + 28), *(ulong*)(buf + 32), *(long*)(buf + 48), *(int*)(buf + 56),
                *(long*)(buf + 64), *(long*)(buf + 72), *(long*)(buf + 80), *(long*)(buf + 88), *(long*)(buf + 96),
                *(long*)(buf + 104), *(long*)(buf + 112));
        }
        return 0;
    }

    /// <summary>The names in a directory, in readdir order, without "." and ".."; errno on failure.</summary>
    public static int ListDir(string path, List<(string Name, byte Type)> names)
    {
        var dir = opendir(path);
        if (dir == IntPtr.Zero) return Errno;
        try
        {
            while (true)
            {
                var ent = readdir(dir);
                if (ent == IntPtr.Zero) break;
                var name = Marshal.PtrToStringUTF8(ent + DirentNameOffset) ?? "";
                if (name is "." or "..") continue;
                names.Add((name, *((byte*)ent + DirentTypeOffset)));
            }
        }
        finally
        {
            closedir(dir);
        }
        return 0;
    }

    public static string? ReadLink(string path, out int errno)
    {
        byte* buf = stackalloc byte[4096];
        var n = readlink(path, buf, 4096);
        if (n < 0)
        {
            errno = Errno;
            return null;
        }
        errno = 0;
        return System.Text.Encoding.UTF8.GetString(buf, (int)n);
    }
}
