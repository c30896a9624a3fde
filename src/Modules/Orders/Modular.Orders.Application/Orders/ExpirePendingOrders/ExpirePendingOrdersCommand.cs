using Modular.Orders.Application.Abstractions;

namespace Modular.Orders.Application.Orders.ExpirePendingOrders;

/// <summary>Cancels up to <see cref="BatchSize"/> orders left pending longer than the configured timeout; answers how many.</summary>
internal sealed record ExpirePendingOrdersCommand(int BatchSize) : ITransactionalCommand<int>;
