using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// The examples of the README's GraphQL section, in order: each <c>graphql</c> block with the <c>json</c> block that
/// follows it as its variables, and the request body of each <c>curl</c> line.
/// </summary>
internal static partial class ReadmeExamples
{
    public static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("\n## GraphQL\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has a GraphQL section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    /// <summary>The documents with their variables (<c>null</c> when none follow).</summary>
    public static IReadOnlyList<(string Document, string? Variables)> Operations(string section)
    {
        var blocks = CodeBlock().Matches(section).Select(match => (Language: match.Groups["lang"].Value, Text: match.Groups["text"].Value)).ToList();
        var operations = new List<(string, string?)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Language != "graphql")
            {
                continue;
            }

            var variables = i + 1 < blocks.Count && blocks[i + 1].Language == "json" ? blocks[i + 1].Text : null;
            operations.Add((blocks[i].Text, variables));
        }

        return operations;
    }

    /// <summary>The request bodies of the <c>curl ... -d '...'</c> examples.</summary>
    public static IReadOnlyList<string> CurlBodies(string section) =>
        [.. CodeBlock().Matches(section).Where(match => match.Groups["lang"].Value == "sh")
            .SelectMany(match => CurlBody().Matches(match.Groups["text"].Value).Select(body => body.Groups["body"].Value))];

    public static string OperationName(string document) => OperationNamePattern().Match(document).Groups["name"].Value;

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Modular.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Modular.sln not found above the tests");
    }

    [GeneratedRegex(@"^```(?<lang>[a-z]+)\n(?<text>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"-d '(?<body>[^']+)'")]
    private static partial Regex CurlBody();

    [GeneratedRegex(@"^\s*(query|mutation)\s+(?<name>\w+)")]
    private static partial Regex OperationNamePattern();
}
