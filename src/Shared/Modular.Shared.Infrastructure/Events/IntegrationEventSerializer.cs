using System.Collections.Concurrent;
using System.Text.Json;

namespace Modular.Shared.Infrastructure.Events;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, Type?> Types = new();

    /// <summary>Type name without version, so a row written before an upgrade still resolves after it.</summary>
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static Type? ResolveType(string typeName) => Types.GetOrAdd(typeName, name => Type.GetType(name, throwOnError: false));

    public static object Deserialize(string content, Type type) =>
        JsonSerializer.Deserialize(content, type, Options)
        ?? throw new JsonException($"Outbox content of {type.Name} deserialized to null.");
}
