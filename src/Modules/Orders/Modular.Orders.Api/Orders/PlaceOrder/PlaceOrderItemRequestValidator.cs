using FluentValidation;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Validation;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>One line of an order: a product id and a quantity of 1..<see cref="RequestedLine.MaxQuantity"/>.</summary>
internal sealed class PlaceOrderItemRequestValidator : AbstractValidator<PlaceOrderItemRequest>
{
    public PlaceOrderItemRequestValidator()
    {
        RuleFor(line => line.ProductId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("'productId' is required.")
            .Uuid().WithMessage("'productId' must be a product id (a UUID).")
            .NotEqual(Guid.Empty.ToString()).WithMessage("'productId' must be a product id.");
        RuleFor(line => line.Quantity)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("'quantity' is required.")
            .InclusiveBetween(1, RequestedLine.MaxQuantity).WithMessage($"'quantity' must be an integer from 1 to {RequestedLine.MaxQuantity}.");
    }
}
