using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>Reads the optional <c>Idempotency-Key</c> header: one value of 1..255 printable ASCII characters.</summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 255;

    public static string? Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (key is null || key.Length is 0 or > MaxLength || key.Any(character => character is < ' ' or > '~'))
        {
            throw new RequestValidationException(Name, $"{Name} must be one value of 1 to {MaxLength} printable ASCII characters.");
        }

        return key;
    }
}
