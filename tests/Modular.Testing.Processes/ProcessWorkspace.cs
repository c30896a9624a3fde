namespace Modular.Testing.Processes;

/// <summary>
/// The folder of one test's servers: their data folders and log files, under <c>MODULAR_PROCESS_ROOT</c> (default
/// <c>$TMPDIR/modular-processes</c>). Deleted on dispose unless <see cref="Keep"/> was called or
/// <c>MODULAR_KEEP_PROCESS_FILES=1</c> is set, so a failed run can leave its logs for a look.
/// </summary>
public sealed class ProcessWorkspace : IDisposable
{
    private const UnixFileMode Traversable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private bool _keep = Environment.GetEnvironmentVariable("MODULAR_KEEP_PROCESS_FILES") == "1";

    private ProcessWorkspace(string root) => Root = root;

    public string Root { get; }

    public static ProcessWorkspace Create(string name)
    {
        var parent = Environment.GetEnvironmentVariable("MODULAR_PROCESS_ROOT") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "modular-processes");
        var root = Path.Combine(parent, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}");
        // Servers that run as another user (PostgreSQL as postgres) must be able to walk down to their folder.
        foreach (var directory in new[] { parent, root, Path.Combine(root, "logs") })
        {
            Directory.CreateDirectory(directory);
            MakeTraversable(directory);
        }

        return new ProcessWorkspace(root);
    }

    /// <summary>A sub-folder (created, readable and traversable by everyone).</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        MakeTraversable(path);
        return path;
    }

    public string LogFile(string name) => Path.Combine(Root, "logs", $"{name}.log");

    /// <summary>Keeps the folder (logs and data) after dispose, e.g. when the test failed.</summary>
    public void Keep() => _keep = true;

    private static void MakeTraversable(string directory)
    {
        // The harness runs where the servers do (Linux); the guard only tells the platform analyzer so.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, Traversable);
        }
    }

    public void Dispose()
    {
        if (_keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server that is still shutting down may hold a file; the temp folder is cleaned up by the OS anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
