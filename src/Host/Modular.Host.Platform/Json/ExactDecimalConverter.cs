using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Host.Platform.Json;

/// <summary>
/// Reads a JSON number into a <see cref="decimal"/> only when the decimal holds it exactly. The framework's reader
/// rounds past 28 significant digits and flushes tiny numbers to zero, so <c>1.000000000000000000000000000001</c> would
/// pass a two-decimals rule as 1 and <c>1e-400</c> as 0: such a number is a 400 naming its field instead.
/// </summary>
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number.");
        }

        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return reader.TryGetDecimal(out var value) && ExactNumber.Equals(System.Text.Encoding.ASCII.GetString(raw), value)
            ? value
            : throw new JsonException("The number cannot be held exactly.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
