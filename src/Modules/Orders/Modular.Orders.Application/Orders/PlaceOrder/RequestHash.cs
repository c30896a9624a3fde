using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Orders.PlaceOrder;

/// <summary>
/// SHA-256 of the request in canonical form (merged lines sorted by product id), so the same order asked for
/// with other whitespace, property order or line order counts as the same body for an Idempotency-Key.
/// </summary>
internal static class RequestHash
{
    public static string Of(IEnumerable<RequestedLine> mergedLines)
    {
        var canonical = string.Join(';', mergedLines.Select(line => string.Create(CultureInfo.InvariantCulture, $"{line.ProductId:D}:{line.Quantity}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
