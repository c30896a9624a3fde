using FluentValidation;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Validation;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Orders.Api.Orders.PlaceOrder;

/// <summary>1..<see cref="RequestedLine.MaxLines"/> items of quantity 1..<see cref="RequestedLine.MaxQuantity"/>, also once merged per product.</summary>
internal sealed class PlaceOrderRequestValidator : AbstractValidator<PlaceOrderRequest>
{
    public PlaceOrderRequestValidator()
    {
        RuleFor(request => request.Items)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("'items' is required.")
            .ItemCount(1, RequestedLine.MaxLines).WithMessage($"'items' must hold 1 to {RequestedLine.MaxLines} entries.")
            .Must(NotExceedMaxQuantityOnceMerged).WithMessage($"the quantities of one product, added up, must not exceed {RequestedLine.MaxQuantity}.");
        RuleForEach(request => request.Items)
            .NotNull().WithMessage("an item must be an object {productId, quantity}.")
            .SetValidator(new PlaceOrderItemRequestValidator()!)
            // Items past the bound are not judged one by one: 100,000 of them made 200,001 errors (a 13.7 MB answer).
            .When(request => request.Items is { Count: <= RequestedLine.MaxLines });
    }

    private static bool NotExceedMaxQuantityOnceMerged(IReadOnlyList<PlaceOrderItemRequest?>? items) =>
        items is null || items
            .OfType<PlaceOrderItemRequest>()
            .Where(item => item is { Quantity: not null } && UuidText.IsCanonical(item.ProductId))
            .GroupBy(item => Guid.ParseExact(item.ProductId!, "D"))
            .All(group => group.Sum(item => (long)item.Quantity.GetValueOrDefault()) <= RequestedLine.MaxQuantity);
}
