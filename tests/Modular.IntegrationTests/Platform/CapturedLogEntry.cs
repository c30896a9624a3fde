using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Platform;

public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Fields, string? Exception)
{
    /// <summary>Everything the entry could write anywhere, for "this secret is nowhere" assertions.</summary>
    public string AllText => string.Join('\n', [Category, Message, .. Fields.Select(pair => $"{pair.Key}={pair.Value}"), Exception ?? string.Empty]);
}
