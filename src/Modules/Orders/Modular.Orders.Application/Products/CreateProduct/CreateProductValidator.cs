using FluentValidation;
using Modular.Orders.Domain.Products;

namespace Modular.Orders.Application.Products.CreateProduct;

internal sealed class CreateProductValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductValidator()
    {
        RuleFor(command => command.Sku)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("sku is required.")
            .Matches("^[A-Za-z0-9_-]{1,64}$").WithMessage($"sku must be 1 to {Product.SkuMaxLength} characters of A-Z, a-z, 0-9, '-' or '_'.");
        RuleFor(command => command.Name).Cascade(CascadeMode.Stop).NotNull().WithMessage("name is required.").ProductName();
        RuleFor(command => command.Price).Cascade(CascadeMode.Stop).NotNull().WithMessage("price is required.").ProductPrice();
        RuleFor(command => command.Stock).Cascade(CascadeMode.Stop).NotNull().WithMessage("stock is required.").ProductStock();
    }
}
