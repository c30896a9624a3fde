using System.Text.Json;
using Modular.Host.Platform.Errors;
using Modular.Host.Platform.Json;

namespace Modular.Host.UnitTests.Json;

public sealed class ContractJsonTextTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [Theory]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","displayName":"a\u0000b","status":"pending"}""")]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","displayName":"\ud800","status":"pending"}""")]
    [InlineData("""{"createdAt":"2026-11-23T19:40:00Z","displayName":"\udc00x","status":"pending"}""")]
    public void Strings_with_nul_or_a_lone_surrogate_are_refused_naming_the_field(string json)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContractJsonSample>(json, Options));

        Assert.Equal("displayName", JsonProblem.From(exception).Field);
    }

    [Fact]
    public void A_surrogate_pair_is_ordinary_text()
    {
        var sample = JsonSerializer.Deserialize<ContractJsonSample>(
            """{"createdAt":"2026-11-23T19:40:00Z","displayName":"\ud83d\ude42","status":"pending"}""", Options);

        Assert.Equal("🙂", sample!.DisplayName);
    }

    [Fact]
    public void An_unknown_property_is_named_once()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContractJsonSample>(
            """{"createdAt":"2026-11-23T19:40:00Z","displayName":"x","status":"pending","isAdmin":true}""", Options));

        Assert.Equal("isAdmin", JsonProblem.From(exception).Field);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        ContractJson.Configure(options);
        return options;
    }
}
