using System.Text;
using Microsoft.Net.Http.Headers;

namespace Modular.Host.Platform.Http;

/// <summary>
/// The one reading of a request's <c>Content-Type</c> charset. The framework's JSON reader passes the raw parameter to
/// <see cref="Encoding.GetEncoding(string)"/>, which throws on a quoted (<c>charset="utf-8"</c>), empty or unknown name
/// and surfaces as a 500. Here every spelling of UTF-8 (any case, quoted or not, <c>utf8</c>) is UTF-8, another
/// charset .NET can decode is named canonically, and anything else is unreadable (415).
/// </summary>
internal static class RequestMediaType
{
    public enum Outcome
    {
        /// <summary>No charset parameter, or a header the framework judges itself (unparsable, so not JSON: 415).</summary>
        Unchanged,

        /// <summary><see cref="Canonicalize"/> gave the header the framework can read.</summary>
        Rewritten,

        /// <summary>A charset that is empty, repeated with different values, or not one the server can decode.</summary>
        UnreadableCharset,
    }

    /// <summary>
    /// Whether the header names a JSON media type other than <c>application/json</c>: a structured-syntax suffix type
    /// (RFC 6839: <c>application/merge-patch+json</c>, <c>application/problem+json</c>, <c>application/vnd.api+json</c>).
    /// The framework would read such a body as plain JSON, silently dropping what its type means (a merge patch's
    /// <c>null</c> removes a member); the contract takes <c>application/json</c> only, and refuses the rest with 415.
    /// </summary>
    public static bool IsOtherJsonType(string contentType) =>
        contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)
        && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The header with its charset spelled as the framework reads it (UTF-8: none at all, UTF-8 is the default).</summary>
    public static Outcome Canonicalize(string contentType, out string canonical)
    {
        canonical = contentType;
        // Most bodies name no charset: nothing to parse on every request then.
        if (!contentType.Contains("charset", StringComparison.OrdinalIgnoreCase) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return Outcome.Unchanged;
        }

        var charsets = parsed.Parameters.Where(parameter => parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).ToList();
        if (charsets.Count == 0)
        {
            return Outcome.Unchanged;
        }

        var names = charsets.Select(parameter => HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count != 1 || Resolve(names[0]) is not { } encoding)
        {
            return Outcome.UnreadableCharset;
        }

        var rewritten = new MediaTypeHeaderValue(parsed.MediaType);
        foreach (var parameter in parsed.Parameters.Except(charsets))
        {
            rewritten.Parameters.Add(parameter);
        }

        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            rewritten.Charset = encoding.WebName;
        }

        canonical = rewritten.ToString();
        return Outcome.Rewritten;
    }

    /// <summary>
    /// The encoding of a body with this Content-Type: UTF-8 when it names no charset, the charset's encoding when .NET
    /// decodes it, null otherwise (also for a charset repeated with different values).
    /// </summary>
    public static Encoding? BodyEncoding(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        var names = parsed.Parameters
            .Where(parameter => parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            .Select(parameter => HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count switch
        {
            0 => Encoding.UTF8,
            1 => Resolve(names[0]),
            _ => null,
        };
    }

    private static Encoding? Resolve(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            return name.Length == 0 ? null : Encoding.GetEncoding(name);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a name .NET knows and refuses to decode (UTF-7 under its five names, disabled since .NET 5).
            return null;
        }
    }
}
