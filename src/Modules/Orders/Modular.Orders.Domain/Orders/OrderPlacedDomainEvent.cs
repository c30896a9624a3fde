using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Domain.Orders;

public sealed record OrderPlacedDomainEvent(Guid OrderId, Guid UserId, decimal Total, IReadOnlyList<ReservedLine> Lines, DateTimeOffset OccurredAt) : IDomainEvent;
