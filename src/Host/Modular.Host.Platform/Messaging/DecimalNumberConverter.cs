using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Host.Platform.Messaging;

/// <summary>
/// Writes decimals (money) as JSON numbers, as the contract asks, where MassTransit's default writes strings.
/// Reads both, so events already queued in the old form still deserialize.
/// </summary>
internal sealed class DecimalNumberConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
