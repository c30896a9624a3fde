using System.Text.Json;
using ZiggyCreatures.Caching.Fusion.Serialization;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Modular.Shared.Infrastructure.Caching;

/// <summary>How cached values are written to Redis: System.Text.Json with the web defaults.</summary>
internal static class CacheSerialization
{
    /// <summary>
    /// The serializer of the distributed level. Fields are included because System.Text.Json otherwise writes a value
    /// tuple as <c>{}</c> (dotnet/runtime#70352): FusionCache checks for that at start and warns, and a tuple cached
    /// through Redis would come back as its default.
    /// </summary>
    public static IFusionCacheSerializer Create() =>
        new FusionCacheSystemTextJsonSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web) { IncludeFields = true });
}
