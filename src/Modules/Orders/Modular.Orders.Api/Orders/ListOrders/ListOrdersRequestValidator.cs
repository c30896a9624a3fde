using FluentValidation;
using Modular.Orders.Application.Orders;

namespace Modular.Orders.Api.Orders.ListOrders;

internal sealed class ListOrdersRequestValidator : AbstractValidator<ListOrdersRequest>
{
    public ListOrdersRequestValidator()
    {
        RuleFor(request => request.Status)
            .Must(status => OrderStatusNames.TryParse(status, out _))
            .When(request => request.Status is not null)
            .WithMessage($"status must be one of {string.Join(", ", OrderStatusNames.All)}.");
        RuleFor(request => request.UserId)
            .Must(userId => Guid.TryParseExact(userId, "D", out _))
            .When(request => request.UserId is not null)
            .WithMessage("userId must be a user id (UUID).");
    }
}
