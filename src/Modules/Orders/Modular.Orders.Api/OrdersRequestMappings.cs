using Mapster;
using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Orders.Api.Products.CreateProduct;
using Modular.Orders.Application.Orders.PlaceOrder;
using Modular.Orders.Application.Products.CreateProduct;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Api;

/// <summary>
/// The request → command mappings of this module's edge (ADR 0016): a validated request's fields become the command's,
/// by name. Declared here so a test can compile every one of them and fail on a command field no request field fills.
/// </summary>
internal sealed class OrdersRequestMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CreateProductRequest, CreateProductCommand>();
        // The caller comes from the access token and the key from the Idempotency-Key header: the endpoint adds them.
        config.NewConfig<PlaceOrderRequest, PlaceOrderCommand>().Ignore(command => command.UserId, command => command.IdempotencyKey);
        // Validated first: the id is a canonical UUID and the quantity present.
        config.NewConfig<PlaceOrderItemRequest, RequestedLine>()
            .MapWith(item => new RequestedLine(Guid.ParseExact(item.ProductId!, "D"), item.Quantity!.Value));
    }
}
