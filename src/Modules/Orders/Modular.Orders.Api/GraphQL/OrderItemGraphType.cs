using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Modular.Orders.Application.Orders;
using Modular.Orders.Application.Products;
using Modular.Orders.Application.Products.GetProducts;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.GraphQL;

/// <summary>
/// An order line as REST answers it (with the sku, name and unit price it was ordered at), plus <c>product</c>: the
/// product as it is now, loaded for every line of the answer in one query.
/// </summary>
internal sealed class OrderItemGraphType : ObjectGraphType<OrderItemResponse>
{
    public OrderItemGraphType()
    {
        Name = "OrderItem";
        Field(item => item.ProductId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(item => item.Sku);
        Field(item => item.Name);
        Field(item => item.Quantity);
        Field(item => item.UnitPrice, type: typeof(NonNullGraphType<DecimalGraphType>));
        Field(item => item.LineTotal, type: typeof(NonNullGraphType<DecimalGraphType>));
        Field<ProductGraphType, IDataLoaderResult<ProductResponse?>>("product")
            .Description("The product today (its price and stock may have changed since the order).")
            .Resolve(context => context.LoadBatched<Guid, ProductResponse>("orders.products", context.Source.ProductId, LoadProductsAsync));
    }

    private static async Task<IReadOnlyDictionary<Guid, ProductResponse>> LoadProductsAsync(IResolveFieldContext context, IReadOnlyList<Guid> ids) =>
        await context.QueryAsync<GetProductsQuery, IReadOnlyDictionary<Guid, ProductResponse>>(new GetProductsQuery(ids)) ?? new Dictionary<Guid, ProductResponse>();
}
