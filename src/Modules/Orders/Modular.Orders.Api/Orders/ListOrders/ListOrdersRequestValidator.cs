using FluentValidation;
using Modular.Orders.Application.Orders;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Api.Orders.ListOrders;

internal sealed class ListOrdersRequestValidator : AbstractValidator<ListOrdersRequest>
{
    public ListOrdersRequestValidator()
    {
        RuleFor(request => request.Status)
            .OneOf(OrderStatusNames.Set)
            .WithMessage($"'status' must be one of {string.Join(", ", OrderStatusNames.All)}.");
        RuleFor(request => request.UserId)
            .Uuid()
            .WithMessage("'userId' must be a user id (UUID).");
    }
}
