using Modular.Orders.Domain.Orders;
using Modular.Shared.Kernel.Domain;

namespace Modular.Orders.Application.Orders;

/// <summary>What <see cref="OrderCancellation"/> did: the orders it cancelled and the rules that kept the others as they were.</summary>
internal sealed record CancellationOutcome(IReadOnlyList<Order> Cancelled, IReadOnlyList<BusinessRuleViolation> Refused);
