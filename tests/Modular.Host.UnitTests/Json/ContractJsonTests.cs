using System.Text.Json;
using Modular.Host.Platform.Json;

namespace Modular.Host.UnitTests.Json;

public sealed class ContractJsonTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [Fact]
    public void Serializing_writes_camelCase_names_and_utc_timestamps_with_Z_and_six_fractional_digits()
    {
        var sample = new ContractJsonSample(
            new DateTimeOffset(2026, 11, 23, 20, 40, 0, TimeSpan.FromHours(1)), "Ada", ContractJsonStatus.Confirmed);

        var json = JsonSerializer.Serialize(sample, Options);

        Assert.Equal("""{"createdAt":"2026-11-23T19:40:00.000000Z","displayName":"Ada","status":"confirmed"}""", json);
    }

    [Fact]
    public void Serializing_keeps_fractions_of_a_second()
    {
        var sample = new ContractJsonSample(
            new DateTimeOffset(2026, 11, 23, 14, 40, 0, 123, TimeSpan.FromHours(-5)), "Ada", ContractJsonStatus.Pending);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(sample, Options));

        Assert.Equal("2026-11-23T19:40:00.123000Z", document.RootElement.GetProperty("createdAt").GetString());
    }

    [Fact]
    public void Timestamps_sort_as_strings_in_time_order()
    {
        var second = new DateTimeOffset(2026, 11, 23, 19, 40, 0, TimeSpan.Zero);
        DateTimeOffset[] instants =
        [
            second.AddTicks(-10), second, second.AddTicks(10), second.AddMilliseconds(5), second.AddMilliseconds(50),
            second.AddMilliseconds(500), second.AddSeconds(1), second.AddSeconds(1).AddTicks(10),
        ];

        var written = instants.Select(instant => JsonSerializer.Serialize(instant, Options)).ToList();

        Assert.Equal(written, written.Order(StringComparer.Ordinal));
        Assert.All(written, text => Assert.Equal("\"2026-11-23T19:40:00.000000Z\"".Length, text.Length));
    }

    [Fact]
    public void Deserializing_reads_the_contract_form()
    {
        var sample = JsonSerializer.Deserialize<ContractJsonSample>(
            """{"createdAt":"2026-11-23T19:40:00Z","displayName":"Ada","status":"pending"}""", Options);

        Assert.Equal(new ContractJsonSample(new DateTimeOffset(2026, 11, 23, 19, 40, 0, TimeSpan.Zero), "Ada", ContractJsonStatus.Pending), sample);
    }

    [Theory]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","displayName":"Ada","status":"pending","isAdmin":true}""")]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","DisplayName":"Ada","status":"pending"}""")]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","displayName":"Ada","status":1}""")]
    public void Deserializing_unknown_properties_wrong_casing_or_integer_enums_throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContractJsonSample>(json, Options));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        ContractJson.Configure(options);
        return options;
    }
}
