using System.Text.RegularExpressions;
using FluentValidation;
using Modular.Orders.Domain.Products;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Api.Products;

/// <summary>
/// The contract's product field rules, shared by create and update, built from validators whose bounds a schema can
/// read (pattern, trimmed length, range, precision); the limits themselves are <see cref="Product"/>'s.
/// </summary>
internal static class ProductFieldRules
{
    /// <summary>1..<see cref="Product.SkuMaxLength"/> characters of A-Z, a-z, 0-9, '-' or '_'.</summary>
    public const string SkuPattern = "^[A-Za-z0-9_-]{1,64}$";

    /// <summary>A price is whole cents: at most 2 decimals within 9 digits (1,000,000.00).</summary>
    public const int PricePrecision = 9;

    public const int PriceScale = 2;

    private static readonly string NameMessage = $"'name' must be 1 to {Product.NameMaxLength} characters (not only spaces), without control characters.";

    private static readonly Regex Sku = new(SkuPattern, RegexOptions.CultureInvariant);
    private static readonly string PriceMessage = $"'price' must be a number from 0 to {Product.MaxPrice:0} with at most 2 decimals.";

    public static IRuleBuilderOptions<T, string?> ProductSku<T>(this IRuleBuilder<T, string?> rule) =>
        rule.WholeMatches(Sku).WithMessage($"'sku' must be 1 to {Product.SkuMaxLength} characters of A-Z, a-z, 0-9, '-' or '_'.");

    public static IRuleBuilderOptions<T, string?> ProductName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.TrimmedLength(1, Product.NameMaxLength).WithMessage(NameMessage).PlainName().WithMessage(NameMessage);

    /// <summary>Two checks with one message: the rule using it stops at the first failure (<see cref="CascadeMode.Stop"/>).</summary>
    public static IRuleBuilderOptions<T, decimal?> ProductPrice<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, Product.MaxPrice).WithMessage(PriceMessage)
            .PrecisionScale(PricePrecision, PriceScale, ignoreTrailingZeros: true).WithMessage(PriceMessage);

    public static IRuleBuilderOptions<T, int?> ProductStock<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, Product.MaxStock).WithMessage($"'stock' must be an integer from 0 to {Product.MaxStock}.");
}
