using System.Collections.Concurrent;
using System.Reflection;

namespace Modular.Shared.Infrastructure.Events;

/// <summary>
/// Reads <c>EventId</c> and <c>OccurredAt</c> of an integration event. Event contracts depend on nothing
/// but the BCL, so they share these two properties by convention rather than by a base type.
/// </summary>
internal readonly record struct IntegrationEventMetadata(Guid EventId, DateTimeOffset OccurredAt)
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo EventId, PropertyInfo OccurredAt)> Accessors = new();

    public static IntegrationEventMetadata Read(object integrationEvent)
    {
        var (eventId, occurredAt) = Accessors.GetOrAdd(integrationEvent.GetType(), Find);
        var when = occurredAt.GetValue(integrationEvent) switch
        {
            DateTimeOffset value => value,
            DateTime value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
            _ => throw new InvalidOperationException($"{integrationEvent.GetType().Name}.OccurredAt must be a DateTimeOffset."),
        };
        return new((Guid)eventId.GetValue(integrationEvent)!, when);
    }

    private static (PropertyInfo, PropertyInfo) Find(Type type) =>
        (Property(type, "EventId", typeof(Guid)), Property(type, "OccurredAt", null));

    private static PropertyInfo Property(Type type, string name, Type? expected)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || (expected is not null && property.PropertyType != expected))
        {
            throw new InvalidOperationException(
                $"Integration event {type.FullName} needs a public {name} property{(expected is null ? string.Empty : $" of type {expected.Name}")}.");
        }

        return property;
    }
}
