using GraphQL.Types;

namespace Modular.Orders.Api.Products.CreateProduct;

/// <summary>The body of <c>POST /api/products</c>; <see cref="CreateProductRequestValidator"/> requires every field.</summary>
internal sealed class CreateProductInputGraphType : InputObjectGraphType<CreateProductRequest>
{
    public CreateProductInputGraphType()
    {
        Name = "CreateProductInput";
        Field(request => request.Sku, nullable: true).Description("Required: 1..64 characters [A-Za-z0-9-_], unique.");
        Field(request => request.Name, nullable: true).Description("Required.");
        Field(request => request.Price, type: typeof(DecimalGraphType)).Description("Required: 0..1,000,000 with at most 2 decimals.");
        Field(request => request.Stock, nullable: true).Description("Required: 0..1,000,000.");
    }
}
