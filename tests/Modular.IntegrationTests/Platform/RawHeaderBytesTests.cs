using System.Net.Sockets;
using System.Text;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Header values that are not valid UTF-8 (a Latin-1 byte, a lone continuation byte) reach the endpoint that judges them
/// and are answered with the contract's problem, instead of Kestrel's bare 400. Needs the real server: the host process.
/// </summary>
public sealed class RawHeaderBytesTests(ServingHostProcess host) : IClassFixture<ServingHostProcess>
{
    [Theory]
    [InlineData("Idempotency-Key", new byte[] { 0x63, 0x61, 0x66, 0xE9 })]
    [InlineData("Idempotency-Key", new byte[] { 0x6B, 0x80, 0x79 })]
    [InlineData("Idempotency-Key", new byte[] { 0xC3, 0xA9 })]
    public async Task A_non_ASCII_Idempotency_Key_is_a_problem_400_naming_it(string name, byte[] value)
    {
        var token = TestTokens.For(Guid.CreateVersion7(), "raw@tests.local");
        const string body = """{"items":[{"productId":"01000000-0000-7000-8000-000000000001","quantity":1}]}""";

        var (head, text) = await ExchangeAsync("POST /api/orders", [($"Authorization", Encoding.ASCII.GetBytes($"Bearer {token}")), (name, value), ("Content-Type", "application/json"u8.ToArray())], body);

        Assert.StartsWith("HTTP/1.1 400", head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"field\":\"Idempotency-Key\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Correlation-Id", new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "GET /health/live", "HTTP/1.1 200")]
    [InlineData("User-Agent", new byte[] { 0xFF, 0xFE, 0x41 }, "GET /health/live", "HTTP/1.1 200")]
    [InlineData("Authorization", new byte[] { 0x42, 0x65, 0x61, 0x72, 0x65, 0x72, 0x20, 0xE9 }, "GET /api/identity/me", "HTTP/1.1 401")]
    [InlineData("Accept", new byte[] { 0xE9, 0x2F, 0xE9 }, "GET /api/products?limit=1", "HTTP/1.1 200")]
    public async Task Other_headers_with_such_bytes_are_judged_like_any_other_value(string name, byte[] value, string requestLine, string status)
    {
        var (head, _) = await ExchangeAsync(requestLine, [(name, value)]);

        Assert.StartsWith(status, head, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Correlation-Id: caf", head, StringComparison.Ordinal);
        if (!status.EndsWith("200", StringComparison.Ordinal))
        {
            Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<(string Head, string Body)> ExchangeAsync(string requestLine, (string Name, byte[] Value)[] headers, string? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", host.Port);
        var request = new MemoryStream();
        request.Write(Encoding.ASCII.GetBytes($"{requestLine} HTTP/1.1\r\nHost: 127.0.0.1:{host.Port}\r\nConnection: close\r\n"));
        foreach (var (name, value) in headers)
        {
            request.Write(Encoding.ASCII.GetBytes($"{name}: "));
            request.Write(value);
            request.Write("\r\n"u8);
        }

        var payload = Encoding.UTF8.GetBytes(body ?? string.Empty);
        request.Write(Encoding.ASCII.GetBytes($"Content-Length: {payload.Length}\r\n\r\n"));
        request.Write(payload);
        await client.GetStream().WriteAsync(request.ToArray());

        var received = new MemoryStream();
        await client.GetStream().CopyToAsync(received);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 4)..]);
    }
}
