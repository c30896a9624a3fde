using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Shared.Infrastructure.Serialization;

/// <summary>Writes every timestamp as ISO-8601 UTC with a <c>Z</c> (<c>2026-11-23T19:40:00.123Z</c>), as the contract asks.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
