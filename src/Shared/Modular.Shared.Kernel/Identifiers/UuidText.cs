namespace Modular.Shared.Kernel.Identifiers;

/// <summary>
/// The one text form of an id the API accepts, wherever an id arrives (a route, a query parameter, a JSON body, a GraphQL
/// argument): RFC 9562's 8-4-4-4-12 hexadecimal digits, either case, nothing around them. .NET's <see cref="Guid.TryParse(string?, out Guid)"/>
/// also takes <c>{...}</c>, <c>(...)</c>, 32 digits without hyphens and surrounding white space, so one resource had
/// many URLs and a route took ids a JSON body refused.
/// </summary>
public static class UuidText
{
    /// <summary><see cref="IsCanonical"/> as an ECMA-262 pattern, for a document to publish beside <c>format: uuid</c>.</summary>
    public const string Pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

    private const int Length = 36;

    /// <summary>Whether <paramref name="text"/> is a UUID in the canonical form.</summary>
    public static bool IsCanonical(string? text) => TryParse(text, out _);

    /// <summary>Reads <paramref name="text"/> when it is a UUID in the canonical form; otherwise false and <see cref="Guid.Empty"/>.</summary>
    public static bool TryParse(string? text, out Guid id)
    {
        id = Guid.Empty;
        if (text is not { Length: Length })
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var hyphen = i is 8 or 13 or 18 or 23;
            if (hyphen ? text[i] != '-' : !char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
        }

        id = Guid.ParseExact(text, "D");
        return true;
    }
}
