using FluentValidation;

namespace Modular.Orders.Api.Products.UpdateProduct;

internal sealed class UpdateProductRequestValidator : AbstractValidator<UpdateProductRequest>
{
    public UpdateProductRequestValidator()
    {
        RuleFor(request => request.Name).Cascade(CascadeMode.Stop).ProductName().When(request => request.Name is not null);
        RuleFor(request => request.Price).Cascade(CascadeMode.Stop).ProductPrice().When(request => request.Price is not null);
        RuleFor(request => request.Stock).Cascade(CascadeMode.Stop).ProductStock().When(request => request.Stock is not null);
    }
}
