using FluentValidation;

namespace Modular.Orders.Api.Products.ListProducts;

internal sealed class ListProductsRequestValidator : AbstractValidator<ListProductsRequest>
{
    public const int MaxSearchLength = 200;

    public ListProductsRequestValidator() =>
        RuleFor(request => request.Search).MaximumLength(MaxSearchLength).WithMessage($"search must be at most {MaxSearchLength} characters.");
}
