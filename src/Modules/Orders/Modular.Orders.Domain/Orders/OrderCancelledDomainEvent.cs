using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Domain.Orders;

public sealed record OrderCancelledDomainEvent(Guid OrderId, Guid UserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
