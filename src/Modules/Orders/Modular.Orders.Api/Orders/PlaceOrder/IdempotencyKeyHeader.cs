using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Parameters;
using Modular.Shared.Web.Problems;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>
/// Reads the optional <c>Idempotency-Key</c> header: one value of 1..255 printable ASCII characters, as
/// <see cref="Parameter"/> declares it (the placement endpoint carries the declaration, so the API description states it).
/// </summary>
internal static partial class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 255;

    public static TextHeaderParameter Parameter { get; } = new(
        Name,
        "Makes the placement safe to retry: the same key from the same user with the same body within 24 hours answers the first "
        + "placement's response; with another body, 422.",
        MaxLength,
        PrintableAscii);

    private const string PrintableAscii = "^[ -~]+$";

    public static string? Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (key is null || key.Length is 0 or > MaxLength || PrintableAsciiPattern().Match(key).Length != key.Length)
        {
            throw new RequestValidationException(Name, $"{Name} must be one value of 1 to {MaxLength} printable ASCII characters.");
        }

        return key;
    }

    // Match length, not IsMatch: .NET's '$' also matches before a final newline, the declared (ECMA-262) pattern does not.
    [GeneratedRegex(PrintableAscii, RegexOptions.CultureInvariant)]
    private static partial Regex PrintableAsciiPattern();
}
