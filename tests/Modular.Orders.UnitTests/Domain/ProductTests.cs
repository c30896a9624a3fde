using Modular.Orders.Domain.Products;

namespace Modular.Orders.UnitTests.Domain;

public sealed class ProductTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_product_has_a_trimmed_name_a_two_decimal_price_and_equal_timestamps()
    {
        var product = Product.Create("SKU-1", "  Mug ", 12.5m, 3, Now);

        Assert.Equal("Mug", product.Name);
        Assert.Equal("12.50", product.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Now, product.CreatedAt);
        Assert.Equal(Now, product.UpdatedAt);
    }

    [Fact]
    public void A_change_keeps_the_fields_left_out()
    {
        var product = Product.Create("SKU-1", "Mug", 1m, 3, Now);

        product.Change(null, 2m, null, Now.AddHours(1));

        Assert.Equal("Mug", product.Name);
        Assert.Equal(2m, product.Price);
        Assert.Equal(3, product.Stock);
        Assert.Equal(Now.AddHours(1), product.UpdatedAt);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("Mug", 1.0, 3)]
    [InlineData(" Mug ", 1.00, null)]
    public void A_change_to_the_same_values_is_no_change_and_keeps_updatedAt(string? name, double? price, int? stock)
    {
        var product = Product.Create("SKU-1", "Mug", 1m, 3, Now);

        product.Change(name, (decimal?)price, stock, Now.AddHours(1));

        Assert.Equal(("Mug", 1m, 3, Now), (product.Name, product.Price, product.Stock, product.UpdatedAt));
    }

    [Theory]
    [InlineData("Cre\u0300me bru\u0302le\u0301e")]
    [InlineData("  Cr\u00e8me br\u00fbl\u00e9e ")]
    public void A_name_is_stored_in_NFC_however_it_was_composed(string name)
    {
        var product = Product.Create("SKU-1", name, 1m, 3, Now);
        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e", product.Name);

        product.Change("Cafe\u0301", null, null, Now);
        Assert.Equal("Caf\u00e9", product.Name);
    }
}
