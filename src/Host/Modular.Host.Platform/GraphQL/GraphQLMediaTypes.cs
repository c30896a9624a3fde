using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Modular.Host.Platform.GraphQL;

/// <summary>The GraphQL-over-HTTP media types and the choice between them by the request's <c>Accept</c>.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type: <c>application/graphql-response+json</c> when the client accepts it at least as much as
    /// <c>application/json</c>; <c>application/json</c> when it accepts only that (or <c>*/*</c>, <c>application/*</c>,
    /// or sends no Accept: the spec's legacy default); null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return Json;
        }

        double graphQL = 0, json = 0;
        foreach (var range in ranges)
        {
            if (range.Charset is { Length: > 0 } charset && !IsUtf8(HeaderUtilities.RemoveQuotes(charset).Value))
            {
                continue;
            }

            var quality = range.Quality ?? 1;
            if (range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQL = Math.Max(graphQL, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return graphQL > 0 && graphQL >= json ? GraphQLResponse : json > 0 ? Json : null;
    }

    /// <summary>Whether a request body's Content-Type is JSON the server reads: <c>application/json</c>, UTF-8 or no charset.</summary>
    public static bool IsJsonBody(string? contentType, out bool unreadableCharset)
    {
        unreadableCharset = false;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (mediaType.Charset is { Length: > 0 } charset && !IsUtf8(HeaderUtilities.RemoveQuotes(charset).Value))
        {
            unreadableCharset = true;
            return false;
        }

        return true;
    }

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
