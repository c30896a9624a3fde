using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.UnitTests.Api;

public sealed class PlaceOrderRequestValidatorTests
{
    private static readonly Guid Product = Guid.CreateVersion7();

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
        Assert.Empty(await FieldsAsync(new PlaceOrderRequest([.. Enumerable.Range(0, 50).Select(_ => new PlaceOrderItemRequest(Guid.CreateVersion7(), 1000))])));

    private static async Task<List<string>> FieldsAsync(PlaceOrderRequest request) =>
        [.. (await RequestValidator.ValidateAsync([new PlaceOrderRequestValidator()], request, CancellationToken.None)).Select(error => error.Identifier).Order(StringComparer.Ordinal)];
}
