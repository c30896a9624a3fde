using FluentValidation;
using FluentValidation.Validators;
using Modular.Orders.Api.Products;
using Modular.Orders.Api.Products.CreateProduct;
using Modular.Orders.Domain.Products;

namespace Modular.Orders.UnitTests.Api;

/// <summary>The contract's product bounds are in the validator in a form a schema generator reads (FluentValidation's descriptor).</summary>
public sealed class ProductRequestRulesTests
{
    private static readonly IValidatorDescriptor Descriptor = new CreateProductRequestValidator().CreateDescriptor();

    [Fact]
    public void Every_field_is_required() =>
        Assert.All(
            [nameof(CreateProductRequest.Sku), nameof(CreateProductRequest.Name), nameof(CreateProductRequest.Price), nameof(CreateProductRequest.Stock)],
            field => Assert.NotEmpty(Components(field).OfType<INotNullValidator>()));

    [Fact]
    public void Sku_pattern_name_length_and_number_ranges_are_readable()
    {
        Assert.Equal(ProductFieldRules.SkuPattern, Assert.Single(Components(nameof(CreateProductRequest.Sku)).OfType<IRegularExpressionValidator>()).Expression);
        var name = Assert.Single(Components(nameof(CreateProductRequest.Name)).OfType<ILengthValidator>());
        Assert.Equal((1, Product.NameMaxLength), (name.Min, name.Max));
        var price = Assert.Single(Components(nameof(CreateProductRequest.Price)).OfType<IBetweenValidator>());
        Assert.Equal((0m, Product.MaxPrice), ((decimal)price.From, (decimal)price.To));
        var stock = Assert.Single(Components(nameof(CreateProductRequest.Stock)).OfType<IBetweenValidator>());
        Assert.Equal((0, Product.MaxStock), ((int)stock.From, (int)stock.To));
    }

    [Theory]
    [InlineData(12.34, true)]
    [InlineData(12.345, false)]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_000.01, false)]
    [InlineData(-0.01, false)]
    public void A_price_is_0_to_a_million_in_whole_cents(double price, bool valid)
    {
        var result = new CreateProductRequestValidator().Validate(new CreateProductRequest("SKU-1", "Name", (decimal)price, 1));

        Assert.Equal(valid, result.IsValid);
        Assert.True(result.Errors.Count <= 1, "one message per field");
    }

    [Fact]
    public void A_name_counts_its_length_without_surrounding_spaces()
    {
        var padded = $"  {new string('n', Product.NameMaxLength)}  ";

        Assert.True(new CreateProductRequestValidator().Validate(new CreateProductRequest("SKU-1", padded, 1m, 1)).IsValid);
        Assert.False(new CreateProductRequestValidator().Validate(new CreateProductRequest("SKU-1", "   ", 1m, 1)).IsValid);
    }

    private static IEnumerable<IPropertyValidator> Components(string field) =>
        Descriptor.GetValidatorsForMember(field).Select(entry => entry.Validator);
}
