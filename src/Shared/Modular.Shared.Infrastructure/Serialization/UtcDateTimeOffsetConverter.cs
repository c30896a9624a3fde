using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Shared.Infrastructure.Serialization;

/// <summary>
/// Writes every timestamp as ISO-8601 UTC with a <c>Z</c> and always six fractional digits
/// (<c>2026-11-23T19:40:00.123000Z</c>): the contract's microsecond precision, at a fixed width so that timestamps sort as
/// strings in time order (a trimmed fraction put <c>19:40:00.5Z</c> before <c>19:40:00Z</c>) and parsers that take only
/// three or six digits (Python before 3.11) read every one. Reads any ISO-8601 form.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
}
