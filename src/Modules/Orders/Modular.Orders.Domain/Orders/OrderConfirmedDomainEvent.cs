using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Domain.Orders;

public sealed record OrderConfirmedDomainEvent(Guid OrderId, Guid UserId, DateTimeOffset OccurredAt) : IDomainEvent;
