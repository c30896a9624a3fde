using Mapster;
using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Orders.Api.Products.CreateProduct;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Application.Products.CreateProduct;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.UnitTests.Api;

public sealed class OrdersRequestMappingsTests
{
    private static readonly TypeAdapterConfig Config = Compiled();

    [Fact]
    public void A_validated_order_request_becomes_the_lines_of_the_command()
    {
        var product = Guid.CreateVersion7();

        var command = new PlaceOrderRequest([new(product.ToString(), 2), new(product.ToString().ToUpperInvariant(), 3)]).Adapt<PlaceOrderCommand>(Config);

        Assert.Equal([new RequestedLine(product, 2), new RequestedLine(product, 3)], command.Items);
        Assert.Null(command.IdempotencyKey);
    }

    [Fact]
    public void A_validated_product_request_becomes_the_command_field_by_field() =>
        Assert.Equal(new CreateProductCommand("SKU-1", "Name", 12.5m, 3), new CreateProductRequest("SKU-1", "Name", 12.5m, 3).Adapt<CreateProductCommand>(Config));

    // Compiling with RequireDestinationMemberSource fails on a command field that no request field fills and no mapping ignores.
    private static TypeAdapterConfig Compiled()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(Modular.Orders.Api.AssemblyReference.Assembly);
        config.Compile();
        return config;
    }
}
