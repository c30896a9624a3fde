using System.Text.Json;
using System.Text.Json.Serialization;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.Json;

/// <summary>
/// Every string of a request body, escaped (<c>\u0000</c>, <c>\ud800</c>) or not, is refused when it holds NUL or an
/// unpaired surrogate; the JSON error names the field, so the client gets a 400 instead of a driver's 500.
/// </summary>
internal sealed class SafeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        var value = reader.GetString()!;
        return UnsafeText.IsUnsafe(value) ? throw new JsonException($"The value {UnsafeText.Message}") : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
