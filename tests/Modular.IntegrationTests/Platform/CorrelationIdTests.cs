namespace Modular.IntegrationTests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class CorrelationIdTests(PlatformHosts hosts)
{
    private readonly HttpClient _client = hosts.Testing.CreateClient();

    [Theory]
    [InlineData("abc-123")]
    [InlineData("Order_42.retry-1")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public async Task A_sane_incoming_id_is_echoed(string id)
    {
        var response = await SendAsync("/health/live", id);

        Assert.Equal(id, response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("quote\"d")]
    [InlineData("semi;colon")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX")]
    public async Task An_insane_incoming_id_is_replaced_by_a_new_one(string id)
    {
        var response = await SendAsync("/health/live", id);

        var echoed = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.NotEqual(id, echoed);
        Assert.Matches("^[0-9a-f]{32}$", echoed);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/does-not-exist")]
    [InlineData("/test/throw")]
    [InlineData("/test/items/%ED%A0%80")]
    public async Task Every_answer_gets_a_fresh_id_when_none_is_sent(string path)
    {
        var first = await SendAsync(path, null);
        var second = await SendAsync(path, null);

        Assert.NotEqual(first.Headers.GetValues("X-Correlation-Id").Single(), second.Headers.GetValues("X-Correlation-Id").Single());
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (correlationId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        }

        return await _client.SendAsync(request);
    }
}
