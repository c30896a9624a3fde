namespace Modular.Testing.Processes;

/// <summary>
/// Where the built host is: <c>MODULAR_HOST_DIRECTORY</c> when set (e.g. a <c>dotnet publish</c> output), else
/// <c>src/Host/Modular.Host/bin/&lt;configuration&gt;/&lt;framework&gt;</c> of the repository above the running test
/// assembly, in the test's own configuration (what <c>scripts/test.sh</c> built).
/// </summary>
public static class HostBuild
{
    public const string AssemblyName = "Modular.Host.dll";

    public static string Directory { get; } = Locate();

    public static string AssemblyPath => Path.Combine(Directory, AssemblyName);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("MODULAR_HOST_DIRECTORY") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, AssemblyName))
                ? configured
                : throw new InvalidOperationException($"MODULAR_HOST_DIRECTORY={configured} holds no {AssemblyName}");
        }

        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testDirectory.Name;
        var configuration = testDirectory.Parent?.Name ?? "Debug";
        var root = testDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Modular.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"Modular.sln not found above {testDirectory.FullName}; set MODULAR_HOST_DIRECTORY");
        }

        var directory = Path.Combine(root.FullName, "src", "Host", "Modular.Host", "bin", configuration, framework);
        return File.Exists(Path.Combine(directory, AssemblyName))
            ? directory
            : throw new InvalidOperationException($"{AssemblyName} is not built in {directory} (dotnet build -c {configuration} src/Host/Modular.Host)");
    }
}
