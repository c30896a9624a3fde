using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Api.GraphQL;
using Modular.Orders.Api.Orders.CancelOrder;
using Modular.Orders.Api.Orders.GetOrder;
using Modular.Orders.Api.Orders.ListOrders;
using Modular.Orders.Api.Orders.PlaceOrder;
using Modular.Orders.Api.Products.CreateProduct;
using Modular.Orders.Api.Products.GetProduct;
using Modular.Orders.Api.Products.ListProducts;
using Modular.Orders.Api.Products.UpdateProduct;
using Modular.Orders.Infrastructure;
using Modular.Shared.Infrastructure.Modules;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.Modules;
using Modular.Shared.Web.Validation;

namespace Modular.Orders.Api;

/// <summary>The Orders module as the host sees it: one call to register its services (and its GraphQL part), one to map its endpoints.</summary>
public sealed class OrdersModule : IModule
{
    public static string Name => "Orders";

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleApplication(Application.AssemblyReference.Assembly);
        services.AddOrdersInfrastructure(configuration);
        services.AddModuleRequests(AssemblyReference.Assembly);
        services.AddGraphQLSchemaPart<OrdersGraphQL>();
    }

    // Every /api request spends the general budget through the platform's global limiter, which also writes the
    // RateLimit-* headers; naming the Api policy here would count it on a path that writes none.
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/api/products").WithTags("Products").ValidateRequests();
        CreateProductEndpoint.Map(products);
        ListProductsEndpoint.Map(products);
        GetProductEndpoint.Map(products);
        UpdateProductEndpoint.Map(products);

        var orders = endpoints.MapGroup("/api/orders").WithTags("Orders").ValidateRequests();
        PlaceOrderEndpoint.Map(orders);
        ListOrdersEndpoint.Map(orders);
        GetOrderEndpoint.Map(orders);
        CancelOrderEndpoint.Map(orders);
    }
}
