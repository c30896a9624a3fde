using System.Text.Json;
using System.Text.Json.Serialization;
using Modular.Shared.Infrastructure.Serialization;

namespace Modular.Host.Platform.Json;

/// <summary>The contract's JSON rules: camelCase, UTC timestamps, unknown properties refused (no mass assignment), no NUL or lone surrogate in strings.</summary>
internal static class ContractJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new SafeStringConverter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
