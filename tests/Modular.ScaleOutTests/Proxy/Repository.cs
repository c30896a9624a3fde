namespace Modular.ScaleOutTests.Proxy;

/// <summary>The checkout the tests run from: the proxy configuration they prove is the repository's own file.</summary>
internal static class Repository
{
    public static string Root { get; } = Locate();

    /// <summary><c>deploy/nginx/modular.conf</c>: the routes every deployment of Modular behind nginx uses.</summary>
    public static string NginxConfiguration => Path.Combine(Root, "deploy", "nginx", "modular.conf");

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Modular.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Modular.sln not found above {AppContext.BaseDirectory}");
    }
}
