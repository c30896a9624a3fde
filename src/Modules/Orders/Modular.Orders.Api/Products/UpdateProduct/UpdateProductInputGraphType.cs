using GraphQL.Types;

namespace Modular.Orders.Api.Products.UpdateProduct;

/// <summary>The body of <c>PATCH /api/products/{id}</c>: only the fields present (and not null) change.</summary>
internal sealed class UpdateProductInputGraphType : InputObjectGraphType<UpdateProductRequest>
{
    public UpdateProductInputGraphType()
    {
        Name = "UpdateProductInput";
        Field(request => request.Name, nullable: true);
        Field(request => request.Price, type: typeof(DecimalGraphType)).Description("0..1,000,000 with at most 2 decimals.");
        Field(request => request.Stock, nullable: true).Description("0..1,000,000.");
    }
}
