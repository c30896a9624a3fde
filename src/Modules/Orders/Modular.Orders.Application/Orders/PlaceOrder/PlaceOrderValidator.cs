using FluentValidation;
using Modular.Orders.Domain.Orders;

namespace Modular.Orders.Application.Orders.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderCommand>
{
    public PlaceOrderValidator()
    {
        RuleFor(command => command.Items)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("items is required.")
            .Must(items => items!.Count is >= 1 and <= RequestedLine.MaxLines).WithMessage($"items must hold 1 to {RequestedLine.MaxLines} entries.")
            .Must(NotExceedMaxQuantityOnceMerged).WithMessage($"the quantities of one product, added up, must not exceed {RequestedLine.MaxQuantity}.");
        RuleForEach(command => command.Items)
            .NotNull().WithMessage("an item must be an object {productId, quantity}.")
            .ChildRules(item =>
            {
                item.RuleFor(line => line!.ProductId)
                    .Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("productId is required.")
                    .NotEqual(Guid.Empty).WithMessage("productId must be a product id.");
                item.RuleFor(line => line!.Quantity)
                    .Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("quantity is required.")
                    .InclusiveBetween(1, RequestedLine.MaxQuantity).WithMessage($"quantity must be an integer from 1 to {RequestedLine.MaxQuantity}.");
            })
            .When(command => command.Items is not null);
    }

    private static bool NotExceedMaxQuantityOnceMerged(IReadOnlyList<PlaceOrderItem?>? items) =>
        items is null || items
            .Where(item => item is { ProductId: not null, Quantity: not null })
            .GroupBy(item => item!.ProductId)
            .All(group => group.Sum(item => (long)item!.Quantity!.Value) <= RequestedLine.MaxQuantity);
}
