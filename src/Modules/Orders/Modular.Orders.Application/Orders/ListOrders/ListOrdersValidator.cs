using FluentValidation;

namespace Modular.Orders.Application.Orders.ListOrders;

internal sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(query => query.Status)
            .Must(status => OrderStatusNames.TryParse(status, out _))
            .When(query => query.Status is not null)
            .WithMessage("status must be one of pending, confirmed, cancelled.");
        RuleFor(query => query.UserId)
            .Must(userId => Guid.TryParseExact(userId, "D", out _))
            .When(query => query.UserId is not null)
            .WithMessage("userId must be a user id (UUID).");
    }
}
