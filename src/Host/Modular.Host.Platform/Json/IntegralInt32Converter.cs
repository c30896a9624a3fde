using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Host.Platform.Json;

/// <summary>
/// Reads a JSON number into an <see cref="int"/> when its value is an integer in range, whatever its spelling: <c>3</c>,
/// <c>3.0</c> and <c>3e0</c> alike. The OpenAPI document types such fields <c>integer</c>, which JSON Schema 2020-12
/// defines by value ("1.0" is an integer), and clients that write every number as a float (Python's json of a float,
/// some Java mappers) send <c>3.0</c>; the framework's reader accepts only the integer spelling. A fraction, a value
/// past 32 bits or a number no decimal holds exactly is a 400 naming the field, as before.
/// </summary>
internal sealed class IntegralInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number.");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return reader.TryGetDecimal(out var number) && ExactNumber.Equals(System.Text.Encoding.ASCII.GetString(raw), number)
            && decimal.Truncate(number) == number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new JsonException("Expected an integer.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
