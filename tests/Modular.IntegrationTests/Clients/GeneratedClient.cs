using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Modular.IntegrationTests.Clients;

/// <summary>
/// A C# client generated from an OpenAPI document by Kiota (the repository's local dotnet tool, as the README tells
/// clients to run it), compiled in memory together with the test's scenario, which is written against the generated types.
/// </summary>
internal static class GeneratedClient
{
    public const string Namespace = "Modular.Client";
    public const string ClassName = "ModularClient";
    private const string ScenarioResource = "Modular.IntegrationTests.Clients.Scenario.ClientScenario.cs";

    /// <summary>The README's command, word for word but for the paths.</summary>
    public static IReadOnlyList<string> KiotaArguments(string document, string output) =>
    [
        "kiota", "generate", "--language", "CSharp", "--openapi", document, "--output", output,
        "--class-name", ClassName, "--namespace-name", Namespace, "--exclude-backward-compatible", "--clean-output",
    ];

    /// <summary>Generates the client from <paramref name="documentJson"/> and compiles it with the scenario.</summary>
    public static async Task<Assembly> BuildAsync(string documentJson, string workDirectory)
    {
        var document = Path.Combine(workDirectory, "openapi.json");
        var output = Path.Combine(workDirectory, "client");
        await File.WriteAllTextAsync(document, documentJson);
        var environment = new Dictionary<string, string>
        {
            // No update check (no network), no tutorial hints.
            ["KIOTA_OFFLINE_ENABLED"] = "true",
            ["KIOTA_TUTORIAL_ENABLED"] = "false",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var (exitCode, log) = await ExternalCommand.RunAsync("dotnet", KiotaArguments(document, output), RepositoryRoot.Path, environment, TimeSpan.FromMinutes(3));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"kiota generate failed ({exitCode}); is the tool restored (dotnet tool restore)?{Environment.NewLine}{log}");
        }

        var sources = Directory.EnumerateFiles(output, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).Append(ScenarioSource());
        return Compile(sources);
    }

    private static string ScenarioSource()
    {
        using var stream = typeof(GeneratedClient).Assembly.GetManifestResourceStream(ScenarioResource)
            ?? throw new InvalidOperationException($"Embedded resource {ScenarioResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Assembly Compile(IEnumerable<string> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NETCOREAPP", "NETCOREAPP3_1_OR_GREATER", "NET5_0_OR_GREATER", "NET8_0_OR_GREATER"]);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            $"GeneratedModularClient{Guid.NewGuid():N}",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(30);
            throw new InvalidOperationException("The generated client does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }
}
