using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Contract;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// Requests Kestrel refuses before any middleware (a NUL in the path, limits of the request line and headers, header
/// lines it cannot read, no Host, an unknown version) answer as the contract requires: problem+json, X-Correlation-Id,
/// security headers. HttpClient will not send most of them and the test server runs no Kestrel: raw bytes to the host process.
/// </summary>
public sealed class ServerRejectionTests(ServingHostProcess host) : IClassFixture<ServingHostProcess>
{
    private const string Good = "GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n";

    public static TheoryData<string, string, int> Refused => new()
    {
        { "NUL in the last path segment", "GET /api/products/%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "NUL inside a path segment", "GET /api/pro%00ducts?page=1 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "NUL as the whole path", "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "raw NUL byte in the target", "GET /api/products/\0 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "space in the target", "GET /api/pro ducts HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "query past the request line limit", $"GET /api/products?search={new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "path past the request line limit", $"GET /api/products/{new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "headers past the total size limit", $"GET /api/products HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 40000)}\r\n\r\n", 431 },
        { "more than 100 headers", $"GET /api/products HTTP/1.1\r\nHost: x\r\n{string.Concat(Enumerable.Range(0, 101).Select(i => $"X-H{i}: v\r\n"))}\r\n", 431 },
        { "bare CR in a header value", "GET /api/products HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400 },
        { "NUL in a header value", "GET /api/products HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 400 },
        { "header line without a colon", "GET /api/products HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400 },
        { "folded header line", "GET /api/products HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n", 400 },
        { "HTTP/1.1 without Host", "GET /api/products HTTP/1.1\r\n\r\n", 400 },
        { "two Host headers", "GET /api/products HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400 },
        { "absolute-form target naming another host", "GET http://other.example/api/products HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "method that is not a token", "G(T /api/products HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "asterisk-form with GET", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 405 },
        { "two Content-Length headers", "POST /api/products HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400 },
        { "unknown HTTP version", "GET /api/products HTTP/2.0\r\nHost: x\r\n\r\n", 505 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_request_Kestrel_refuses_is_answered_with_the_contracts_problem(string kind, string request, int status)
    {
        var answers = await ExchangeAsync(request);

        Assert.True(answers.Count == 1, $"{kind}: {answers.Count} answers");
        AssertProblem(answers[0], status, kind);
    }

    [Fact]
    public async Task The_405_keeps_the_methods_Kestrel_allows()
    {
        var answer = (await ExchangeAsync("GET * HTTP/1.1\r\nHost: x\r\n\r\n")).Single();

        Assert.Equal("OPTIONS", answer.Headers["allow"]);
    }

    [Fact]
    public async Task Answers_of_the_application_on_the_same_connection_are_left_alone()
    {
        var answers = await ExchangeAsync(Good + Good + "GET /api/products/%00 HTTP/1.1\r\nHost: x\r\n\r\n");

        Assert.Equal([200, 200, 400], answers.Select(answer => answer.Status));
        Assert.All(answers.Take(2), answer => Assert.StartsWith("application/json", answer.Headers["content-type"], StringComparison.Ordinal));
        Assert.All(answers.Take(2), answer => Assert.Contains("\"status\":\"Healthy\"", answer.Body, StringComparison.Ordinal));
        AssertProblem(answers[2], 400, "after two answers of the application");
    }

    [Fact]
    public async Task A_refused_request_after_an_unread_body_is_still_answered_as_a_problem()
    {
        var answers = await ExchangeAsync("POST /health/live HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" + "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n");

        Assert.Equal([405, 400], answers.Select(answer => answer.Status));
        AssertProblem(answers[1], 400, "after an unread body");
    }

    private static void AssertProblem(Answer answer, int status, string kind)
    {
        Assert.True(status == answer.Status, $"{kind}: expected {status}, got {answer.Status}");
        Assert.Equal("application/problem+json", answer.Headers["content-type"]);
        Assert.Matches("^[A-Za-z0-9._-]{1,128}$", answer.Headers["x-correlation-id"]);
        Assert.Equal("nosniff", answer.Headers["x-content-type-options"]);
        Assert.Equal("DENY", answer.Headers["x-frame-options"]);
        Assert.StartsWith("default-src 'none'", answer.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.True(answer.Headers.ContainsKey("strict-transport-security"), kind);
        Assert.False(answer.Headers.ContainsKey("server"), kind);
        Assert.Equal("close", answer.Headers["connection"]);
        var body = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Equal($"https://httpstatuses.io/{status}", body.GetProperty("type").GetString());
        Assert.Equal(ContractProblemTitles.For(status), body.GetProperty("title").GetString());
        Assert.Equal("no-store", answer.Headers["cache-control"]);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()), kind);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-00$", body.GetProperty("traceId").GetString());
    }

    /// <summary>Sends the bytes (Latin-1: one byte per character) on one connection and reads every answer until it closes.</summary>
    private async Task<List<Answer>> ExchangeAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", host.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received);
        }
        catch (IOException)
        {
            // A reset after the last answer (the server closed with unread request bytes) loses nothing already read.
        }

        return Answer.ParseAll(Encoding.Latin1.GetString(received.ToArray()));
    }

    private sealed record Answer(int Status, Dictionary<string, string> Headers, string Body)
    {
        public static List<Answer> ParseAll(string text)
        {
            var answers = new List<Answer>();
            while (text.Length > 0)
            {
                var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                Assert.True(headEnd > 0, $"incomplete answer: {text}");
                var lines = text[..headEnd].Split("\r\n");
                var headers = lines.Skip(1).Select(line => line.Split(':', 2)).ToDictionary(pair => pair[0].Trim().ToLowerInvariant(), pair => pair[1].Trim());
                text = text[(headEnd + 4)..];
                string body;
                if (headers.TryGetValue("content-length", out var length))
                {
                    body = text[..int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)];
                    text = text[body.Length..];
                }
                else
                {
                    (body, text) = Dechunk(text);
                }

                answers.Add(new Answer(int.Parse(lines[0].AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture), headers, body));
            }

            return answers;
        }

        private static (string Body, string Remainder) Dechunk(string text)
        {
            var body = new StringBuilder();
            while (true)
            {
                var lineEnd = text.IndexOf("\r\n", StringComparison.Ordinal);
                var size = Convert.ToInt32(text[..lineEnd], 16);
                text = text[(lineEnd + 2)..];
                if (size == 0)
                {
                    return (body.ToString(), text[2..]);
                }

                body.Append(text.AsSpan(0, size));
                text = text[(size + 2)..];
            }
        }
    }
}
