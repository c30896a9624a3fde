namespace Modular.Notifications.Api.Hubs;

/// <summary>The contract's <c>orderStatusChanged</c> payload: <c>{orderId, status, occurredAt}</c>.</summary>
internal sealed record OrderStatusChangedMessage(Guid OrderId, string Status, DateTimeOffset OccurredAt);
