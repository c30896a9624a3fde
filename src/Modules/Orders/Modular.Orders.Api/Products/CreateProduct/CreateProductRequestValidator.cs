using FluentValidation;

namespace Modular.Orders.Api.Products.CreateProduct;

internal sealed class CreateProductRequestValidator : AbstractValidator<CreateProductRequest>
{
    public CreateProductRequestValidator()
    {
        RuleFor(request => request.Sku).Cascade(CascadeMode.Stop).NotNull().WithMessage("'sku' is required.").ProductSku();
        RuleFor(request => request.Name).Cascade(CascadeMode.Stop).NotNull().WithMessage("'name' is required.").ProductName();
        RuleFor(request => request.Price).Cascade(CascadeMode.Stop).NotNull().WithMessage("'price' is required.").ProductPrice();
        RuleFor(request => request.Stock).Cascade(CascadeMode.Stop).NotNull().WithMessage("'stock' is required.").ProductStock();
    }
}
