using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.UnitTests.Api;

public sealed class PlaceOrderRequestValidatorTests
{
    private static readonly string Product = Guid.CreateVersion7().ToString();

    [Fact]
    public async Task Field_paths_name_the_offending_line()
    {
        var fields = await FieldsAsync(new PlaceOrderRequest([new(Product, 1), new(Product, 0), new(null, 2), null]));

        Assert.Equal(["items[1].quantity", "items[2].productId", "items[3]"], fields);
    }

    [Fact]
    public async Task Merged_quantities_over_1000_are_refused_on_items() =>
        Assert.Equal(["items"], await FieldsAsync(new PlaceOrderRequest([new(Product, 600), new(Product, 401)])));

    [Fact]
    public async Task Missing_or_empty_items_give_one_error()
    {
        Assert.Equal(["items"], await FieldsAsync(new PlaceOrderRequest(null)));
        Assert.Equal(["items"], await FieldsAsync(new PlaceOrderRequest([])));
    }

    [Fact]
    public async Task Fifty_lines_of_1000_are_valid() =>
        Assert.Empty(await FieldsAsync(new PlaceOrderRequest([.. Enumerable.Range(0, 50).Select(_ => new PlaceOrderItemRequest(Guid.CreateVersion7().ToString(), 1000))])));

    [Fact]
    public async Task A_line_of_one_product_spelled_in_either_case_is_merged_with_the_others()
    {
        var upper = Product.ToUpperInvariant();

        Assert.Equal(["items"], await FieldsAsync(new PlaceOrderRequest([new(Product, 600), new(upper, 401)])));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("x")]
    [InlineData("{0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6}")]
    [InlineData("0190f3c45a6b7c8d9e0fa1b2c3d4e5f6")]
    [InlineData(" 0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_product_id_is_a_canonical_uuid_other_than_zero(string productId) =>
        Assert.Equal(["items[0].productId"], await FieldsAsync(new PlaceOrderRequest([new(productId, 1)])));

    private static async Task<List<string>> FieldsAsync(PlaceOrderRequest request) =>
        [.. (await RequestValidator.ValidateAsync([new PlaceOrderRequestValidator()], request, CancellationToken.None)).Select(error => error.Identifier).Order(StringComparer.Ordinal)];
}
