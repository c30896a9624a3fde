using System.Runtime.InteropServices;

namespace Modular.Host.Platform.Memory;

/// <summary>
/// glibc's allocator keeps freed native memory (the runtime's, the JIT's, OpenSSL's) in its per-thread arenas instead of
/// returning it; <c>malloc_trim(0)</c> returns every free page. Elsewhere (another C library, another OS) it does nothing.
/// </summary>
internal static class NativeHeap
{
    private static volatile bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns the free pages of the C heap to the operating system; false where that is not available.</summary>
    public static bool Trim()
    {
        if (s_unavailable)
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim: nothing to do there.
            s_unavailable = true;
            return false;
        }
    }

    // glibc's soname: malloc_trim exists only there, and "libc.so" is a linker script that dlopen cannot load. A plain
    // DllImport: the signature is blittable (nothing to marshal), so LibraryImport's generated code (unsafe) adds nothing.
    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
