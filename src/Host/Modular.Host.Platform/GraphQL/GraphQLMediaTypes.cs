using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.GraphQL;

/// <summary>The GraphQL-over-HTTP media types and the choice between them by the request's <c>Accept</c>.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type by RFC 9110 §12.5.1: each type takes the quality of the most specific range that matches
    /// it (the type itself, then <c>application/*</c>, then <c>*/*</c>; a range whose charset is not UTF-8 matches
    /// nothing), <c>q=0</c> meaning "not acceptable". The higher quality wins; on a tie
    /// <c>application/graphql-response+json</c> only when the client named it, else <c>application/json</c> (which is also
    /// the answer to no or an unparsable Accept: the spec's legacy default). Null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return Json;
        }

        var graphQL = Quality(ranges, GraphQLResponse);
        var json = Quality(ranges, Json);
        if (graphQL.Value == 0 && json.Value == 0)
        {
            return null;
        }

        return graphQL.Value > json.Value || (graphQL.Value == json.Value && graphQL.Named) ? GraphQLResponse : Json;
    }

    /// <summary>
    /// Whether a request body's Content-Type is <c>application/json</c>, and the encoding its charset names: UTF-8 when
    /// none, any charset REST decodes too (<see cref="RequestMediaType.BodyEncoding"/>, after
    /// <see cref="RequestMediaTypeMiddleware"/> refused the unreadable ones with 415).
    /// </summary>
    public static bool IsJsonBody(string? contentType, [NotNullWhen(true)] out Encoding? encoding)
    {
        encoding = null;
        return MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            && (encoding = RequestMediaType.BodyEncoding(contentType!)) is not null;
    }

    /// <summary>The quality of the most specific range matching <paramref name="mediaType"/>, and whether it names the type.</summary>
    private static (double Value, bool Named) Quality(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        // 3: the type itself, 2: its top-level type with "*", 1: "*/*"; among equally specific ranges the most accepting.
        var (specificity, value) = (0, 0.0);
        foreach (var range in ranges)
        {
            if (range.Charset is { Length: > 0 } charset && !IsUtf8(HeaderUtilities.RemoveQuotes(charset).Value))
            {
                continue;
            }

            var rank = range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 3
                : range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 2
                : range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase) ? 1
                : 0;
            var quality = range.Quality ?? 1;
            if (rank > specificity || (rank == specificity && rank > 0 && quality > value))
            {
                (specificity, value) = (rank, quality);
            }
        }

        return (value, specificity == 3);
    }

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
