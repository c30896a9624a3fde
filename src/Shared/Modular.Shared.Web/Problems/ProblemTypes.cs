using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Modular.Shared.Web.Problems;

/// <summary>
/// The problem types of the contract and their titles, the one place both are decided. A type is
/// <c>https://httpstatuses.io/{status}</c>, and its <c>title</c> is a function of the type (RFC 9457 §3.1.3: it does not
/// change from occurrence to occurrence), whoever answers: a use case's result, validation, model binding, the exception
/// handler, routing's 404/405, the bearer challenge, the rate limiter, the body guards, GraphQL's transport or Kestrel's
/// own refusals (ADR 0043). Every 400 is one type, "Validation failed" as the contract's example shows: the request did
/// not pass the server's checks, whether a field, a parameter, the JSON syntax or the HTTP framing failed them; only
/// failures that name an input carry <c>errors</c> (ADR 0046).
/// </summary>
public static class ProblemTypes
{
    private static readonly FrozenDictionary<int, string> Titles = new Dictionary<int, string>
    {
        [StatusCodes.Status400BadRequest] = "Validation failed",
        [StatusCodes.Status401Unauthorized] = "Unauthorized",
        [StatusCodes.Status403Forbidden] = "Forbidden",
        [StatusCodes.Status404NotFound] = "Not found",
        [StatusCodes.Status405MethodNotAllowed] = "Method not allowed",
        [StatusCodes.Status406NotAcceptable] = "Not acceptable",
        [StatusCodes.Status408RequestTimeout] = "Request timeout",
        [StatusCodes.Status409Conflict] = "Conflict",
        [StatusCodes.Status411LengthRequired] = "Length required",
        [StatusCodes.Status413PayloadTooLarge] = "Payload too large",
        [StatusCodes.Status414UriTooLong] = "URI too long",
        [StatusCodes.Status415UnsupportedMediaType] = "Unsupported media type",
        [StatusCodes.Status422UnprocessableEntity] = "Unprocessable content",
        [StatusCodes.Status429TooManyRequests] = "Too many requests",
        [StatusCodes.Status431RequestHeaderFieldsTooLarge] = "Request header fields too large",
        [StatusCodes.Status500InternalServerError] = "Internal server error",
        [StatusCodes.Status503ServiceUnavailable] = "Service unavailable",
        [StatusCodes.Status505HttpVersionNotsupported] = "HTTP version not supported",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> Uris = Enumerable.Range(400, 200)
        .ToFrozenDictionary(status => status, status => $"https://httpstatuses.io/{status}");

    /// <summary>The <c>type</c> URI of a problem answered with <paramref name="status"/> (400..599).</summary>
    public static string Uri(int status) => Uris.TryGetValue(status, out var uri) ? uri : $"https://httpstatuses.io/{status}";

    /// <summary>
    /// The <c>title</c> of the problem type of <paramref name="status"/>; a status without a title of ours gets its
    /// RFC 9110 reason phrase, the same every time.
    /// </summary>
    public static string Title(int status) =>
        Titles.TryGetValue(status, out var title) ? title
        : ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase
        : status >= 500 ? Titles[StatusCodes.Status500InternalServerError]
        : "Request failed";
}
