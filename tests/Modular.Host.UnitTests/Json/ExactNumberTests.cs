using System.Text.Json;
using Modular.Host.Platform.Json;

namespace Modular.Host.UnitTests.Json;

public sealed class ExactNumberTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("12.50", "12.5")]
    [InlineData("1E2", "100")]
    [InlineData("1e+2", "100")]
    [InlineData("0.001", "0.001")]
    [InlineData("-0", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("1000000", "1000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Numbers_a_decimal_holds_exactly_are_read(string json, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), JsonSerializer.Deserialize<Price>($$"""{"amount":{{json}}}""", Options)!.Amount);

    [Theory]
    [InlineData("1.000000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1e-400")]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("12345678901234567890.123456789012345")]
    public void Numbers_a_decimal_would_round_are_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Price>($$"""{"amount":{{json}}}""", Options));

    [Fact]
    public void Optional_decimals_follow_the_same_rule()
    {
        Assert.Null(JsonSerializer.Deserialize<OptionalPrice>("""{"amount":null}""", Options)!.Amount);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OptionalPrice>("""{"amount":1e-400}""", Options));
    }

    [Theory]
    [InlineData("""{"amount":1,"amount":2}""")]
    [InlineData("""{"amount":1,"amount":1}""")]
    public void The_same_property_twice_is_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Price>(json, Options));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        ContractJson.Configure(options);
        return options;
    }

    private sealed record Price(decimal Amount);

    private sealed record OptionalPrice(decimal? Amount);
}
