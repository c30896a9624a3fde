using FluentValidation;

namespace Modular.Orders.Application.Products.ListProducts;

internal sealed class ListProductsValidator : AbstractValidator<ListProductsQuery>
{
    public const int MaxSearchLength = 200;

    public ListProductsValidator() =>
        RuleFor(query => query.Search).MaximumLength(MaxSearchLength).WithMessage($"search must be at most {MaxSearchLength} characters.");
}
