using GraphQL.Types;
using Modular.Orders.Application.Products;
using Modular.Shared.Web.GraphQL;

namespace Modular.Orders.Api.GraphQL;

/// <summary>A product as REST answers it: <c>{id, sku, name, price, stock, createdAt, updatedAt}</c>.</summary>
internal sealed class ProductGraphType : ObjectGraphType<ProductResponse>
{
    public ProductGraphType()
    {
        Name = "Product";
        Field(product => product.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(product => product.Sku).Description("Unique, 1..64 characters [A-Za-z0-9-_]; compared case-insensitively.");
        Field(product => product.Name);
        Field(product => product.Price, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Money: a number with at most 2 decimals.");
        Field(product => product.Stock).Description("Units available to order.");
        Field(product => product.CreatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
        Field(product => product.UpdatedAt, type: typeof(NonNullGraphType<TimestampGraphType>));
    }
}
