using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Parameters;
using Modular.Shared.Web.Problems;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>
/// The optional idempotency key of a placement (REST's <c>Idempotency-Key</c> header, GraphQL's <c>idempotencyKey</c>):
/// 1..255 printable ASCII characters, as <see cref="Parameter"/> declares it (the placement endpoint carries the
/// declaration, so the API description states it), neither first nor last a space: an HTTP field value cannot carry one
/// (RFC 9110 §5.5 strips it), so a GraphQL key with one would be a key REST can never send, and a blank key no key at all.
/// </summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 255;
    public const string Rule = "must be one value of 1 to 255 printable ASCII characters, not starting or ending with a space.";

    private const string PrintableAscii = "^[!-~]([ -~]*[!-~])?$";

    public static TextHeaderParameter Parameter { get; } = new(
        Name,
        "Makes the placement safe to retry: the same key from the same user with the same body within 24 hours answers the first "
        + "placement's response; with another body, 422.",
        MaxLength,
        PrintableAscii);

    /// <summary>The rule <see cref="PrintableAscii"/> declares, checked character by character.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key[0] != ' ' && key[^1] != ' ' && key.All(character => character is >= ' ' and <= '~');

    public static string? Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        return key is not null && IsValid(key) ? key : throw new RequestValidationException(Name, $"'{Name}' {Rule}");
    }
}
