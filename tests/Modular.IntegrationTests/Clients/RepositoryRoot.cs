namespace Modular.IntegrationTests.Clients;

/// <summary>The checkout the tests run from: where the local dotnet tools (.config/dotnet-tools.json) and the browser test's npm packages are.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Modular.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Modular.sln above {AppContext.BaseDirectory}.");
    }
}
