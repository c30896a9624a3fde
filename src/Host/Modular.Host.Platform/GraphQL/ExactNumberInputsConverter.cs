using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using Modular.Host.Platform.Json;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Reads a request's <c>variables</c> and <c>extensions</c> (a JSON object) into <see cref="Inputs"/> as GraphQL.NET's
/// own converter does, except for fractional numbers: a number a <see cref="decimal"/> holds exactly becomes that decimal
/// (an integer when its value is one: <c>3.0</c> is <c>Int</c>'s 3, as REST reads it), and only any other becomes a
/// <see cref="double"/>. The library's converter makes every fractional number a double, which
/// loses the text (<c>19.990000000000000001</c> and <c>19.99</c> are one double), so <see cref="ExactDecimalGraphType"/>
/// could not refuse what REST refuses. Integers are read as the library reads them (int, long, then BigInteger).
/// Nesting is bounded before this runs: the request's JSON is parsed first with a depth of 64.
/// </summary>
internal sealed class ExactNumberInputsConverter : JsonConverter<Inputs>
{
    public override Inputs Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject ? ReadObject(ref reader).ToInputs() : throw new JsonException("Expected a JSON object.");

    public override void Write(Utf8JsonWriter writer, Inputs value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(writer, value, options);

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            members[name] = ReadValue(ref reader);
        }

        return members;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader));
        }

        return items;
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var small))
        {
            return small;
        }

        if (reader.TryGetInt64(out var large))
        {
            return large;
        }

        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var huge))
        {
            return huge;
        }

        if (reader.TryGetDecimal(out var exact) && ExactNumber.Equals(text, exact))
        {
            // An integer spelled as a fraction or with an exponent (3.0, 3e0) is that integer, as REST and JSON Schema read it.
            return decimal.Truncate(exact) != exact ? exact
                : exact is >= int.MinValue and <= int.MaxValue ? (int)exact
                : exact is >= long.MinValue and <= long.MaxValue ? (long)exact
                : new BigInteger(exact);
        }

        // double.Parse gives an infinity or a zero, never an exception, for what no double holds.
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
