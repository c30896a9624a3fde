using System.Text.Json;
using System.Text.Json.Serialization;
using Modular.Shared.Infrastructure.Serialization;

namespace Modular.Host.Platform.Json;

/// <summary>The contract's JSON rules: camelCase, UTC timestamps, unknown or repeated properties refused (no mass assignment), numbers read exactly (an integer in any spelling of its value), no NUL or lone surrogate in strings.</summary>
internal static class ContractJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        // Parsers disagree on which of two equal names wins (first, last): the same property twice is a 400.
        options.AllowDuplicateProperties = false;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new SafeStringConverter());
        options.Converters.Add(new ExactDecimalConverter());
        options.Converters.Add(new IntegralInt32Converter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
