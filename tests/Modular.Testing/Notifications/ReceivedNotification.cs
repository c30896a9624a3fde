using System.Text.Json;

namespace Modular.Testing.Notifications;

/// <summary>One <c>orderStatusChanged</c> as it arrived: the raw JSON payload and when the client got it.</summary>
public sealed record ReceivedNotification(JsonElement Payload, DateTimeOffset ReceivedAt)
{
    public Guid OrderId => Payload.GetProperty("orderId").GetGuid();

    public string Status => Payload.GetProperty("status").GetString()!;

    public string OccurredAtText => Payload.GetProperty("occurredAt").GetString()!;

    public DateTimeOffset OccurredAt => Payload.GetProperty("occurredAt").GetDateTimeOffset();

    public IReadOnlyList<string> PropertyNames => [.. Payload.EnumerateObject().Select(property => property.Name)];

    public override string ToString() => $"{Status} {OrderId}";
}
