using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Orders.Domain.Orders;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Orders.CancelOrder;

internal sealed class CancelOrderHandler(
    IOrdersUnitOfWork unitOfWork,
    IOrderRepository orders,
    IStockLedger stock,
    IProductCache cache,
    TimeProvider time) : ICommandHandler<CancelOrderCommand, OrderResponse>
{
    public Task<Result<OrderResponse>> HandleAsync(CancelOrderCommand command, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<OrderResponse>(
            async token =>
            {
                // The row lock makes two racing cancellations take turns: the second sees "cancelled" and restores nothing.
                var order = await orders.GetForUpdateAsync(command.OrderId, token);
                if (order is null || !order.IsVisibleTo(command.CallerId, command.CallerIsAdmin))
                {
                    return Result<OrderResponse>.NotFound($"Order {command.OrderId} does not exist.");
                }

                var reason = order.UserId == command.CallerId ? CancellationReasons.ByCustomer : CancellationReasons.ByAdmin;
                if (order.Cancel(reason, time.UtcNowMicroseconds()) is { } violation)
                {
                    return Result<OrderResponse>.Conflict(violation.Message);
                }

                await stock.RestoreAsync(order.Lines(), token);
                await orders.SaveChangesAsync(token);
                await cache.InvalidateAsync(order.Items.Select(item => item.ProductId), token);
                return OrderResponse.From(order);
            },
            cancellationToken);
}
