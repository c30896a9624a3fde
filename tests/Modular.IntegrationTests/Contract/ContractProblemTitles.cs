namespace Modular.IntegrationTests.Contract;

/// <summary>
/// The title every problem of one type carries (RFC 9457 §3.1.3: it does not change between occurrences), stated here
/// independently of the server's table. Every 400 is the contract's "Validation failed" (its example).
/// </summary>
internal static class ContractProblemTitles
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "Validation failed",
        [401] = "Unauthorized",
        [403] = "Forbidden",
        [404] = "Not found",
        [405] = "Method not allowed",
        [408] = "Request timeout",
        [409] = "Conflict",
        [413] = "Payload too large",
        [414] = "URI too long",
        [415] = "Unsupported media type",
        [422] = "Unprocessable content",
        [429] = "Too many requests",
        [431] = "Request header fields too large",
        [500] = "Internal server error",
        [503] = "Service unavailable",
        [505] = "HTTP version not supported",
    };

    public static string For(int status) =>
        Titles.TryGetValue(status, out var title) ? title : throw new ArgumentOutOfRangeException(nameof(status), status, "No title stated for this status.");
}
