using FluentValidation;
using Modular.Orders.Domain.Products;

namespace Modular.Orders.Application.Products;

/// <summary>The contract's product field rules, shared by create and update.</summary>
internal static class ProductFieldRules
{
    public static IRuleBuilderOptions<T, string?> ProductName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= Product.NameMaxLength)
            .WithMessage($"name must be 1 to {Product.NameMaxLength} characters (not only spaces).");

    public static IRuleBuilderOptions<T, decimal?> ProductPrice<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(price => price is >= 0m and <= Product.MaxPrice && decimal.Round(price.Value, 2) == price.Value)
            .WithMessage($"price must be a number from 0 to {Product.MaxPrice:0} with at most 2 decimals.");

    public static IRuleBuilderOptions<T, int?> ProductStock<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(stock => stock is >= 0 and <= Product.MaxStock)
            .WithMessage($"stock must be an integer from 0 to {Product.MaxStock}.");
}
