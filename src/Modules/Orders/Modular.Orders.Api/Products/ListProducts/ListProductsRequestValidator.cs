using FluentValidation;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Api.Products.ListProducts;

internal sealed class ListProductsRequestValidator : AbstractValidator<ListProductsRequest>
{
    public ListProductsRequestValidator() =>
        RuleFor(request => request.Search).IsSearchText().OverridePropertyName("search");
}
