using FluentValidation;

namespace Modular.Orders.Application.Products.UpdateProduct;

internal sealed class UpdateProductValidator : AbstractValidator<UpdateProductCommand>
{
    public UpdateProductValidator()
    {
        RuleFor(command => command.Name).ProductName().When(command => command.Name is not null);
        RuleFor(command => command.Price).ProductPrice().When(command => command.Price is not null);
        RuleFor(command => command.Stock).ProductStock().When(command => command.Stock is not null);
    }
}
