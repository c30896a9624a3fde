using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.UnitTests.Application;

public sealed class PlaceOrderValidatorTests
{
    private static readonly Guid Product = Guid.CreateVersion7();

    [Fact]
    public void Field_paths_name_the_offending_line()
    {
        var command = new PlaceOrderCommand(Guid.CreateVersion7(), [new(Product, 1), new(Product, 0), new(null, 2)], null);

        var fields = Fields(command);

        Assert.Contains("items[1].quantity", fields);
        Assert.Contains("items[2].productId", fields);
    }

    [Fact]
    public void Merged_quantities_over_1000_are_refused_on_items()
    {
        var command = new PlaceOrderCommand(Guid.CreateVersion7(), [new(Product, 600), new(Product, 401)], null);

        Assert.Equal(["items"], Fields(command));
    }

    [Fact]
    public void Missing_or_empty_items_give_one_error()
    {
        Assert.Equal(["items"], Fields(new PlaceOrderCommand(Guid.CreateVersion7(), null, null)));
        Assert.Equal(["items"], Fields(new PlaceOrderCommand(Guid.CreateVersion7(), [], null)));
    }

    [Fact]
    public void Fifty_lines_of_1000_are_valid()
    {
        var command = new PlaceOrderCommand(Guid.CreateVersion7(), [.. Enumerable.Range(0, 50).Select(_ => new PlaceOrderItem(Guid.CreateVersion7(), 1000))], null);

        Assert.Empty(Fields(command));
    }

    private static List<string> Fields(PlaceOrderCommand command) =>
        [.. new PlaceOrderValidator().Validate(command).Errors.Select(error => FieldPath.ToCamelCase(error.PropertyName))];
}
