using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.Logging;

/// <summary>The id that ties a client's request to every log line it caused; echoed from the client when it is sane.</summary>
internal static partial class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    private static readonly object ItemKey = new();

    /// <summary>The id of the current request (set by the request logging middleware, first in the pipeline).</summary>
    public static string? GetCorrelationId(this HttpContext context) => context.Items[ItemKey] as string;

    internal static string Assign(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName];
        var id = incoming.Count == 1 && IsSane(incoming[0]) ? incoming[0]! : Guid.CreateVersion7().ToString("N");
        context.Items[ItemKey] = id;
        return id;
    }

    /// <summary>Short and log-safe: no spaces, quotes or control characters a client could use to forge log lines.</summary>
    internal static bool IsSane(string? value) => value is not null && SaneValue().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex SaneValue();
}
