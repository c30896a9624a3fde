using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// One HTTP/1.1 exchange on its own TCP connection, at the byte level, so a test knows exactly when the request left
/// and whether the answer arrived whole (status line, headers, and as many body bytes as Content-Length says).
/// </summary>
internal sealed class RawHttpExchange : IDisposable
{
    private readonly TcpClient _client = new() { NoDelay = true };

    public int Status { get; private set; }

    public string Head { get; private set; } = string.Empty;

    public bool Complete { get; private set; }

    public string? Failure { get; private set; }

    public long CompletedAt { get; private set; }

    public static async Task<RawHttpExchange> ConnectAsync(int port)
    {
        var exchange = new RawHttpExchange();
        await exchange._client.ConnectAsync("127.0.0.1", port);
        return exchange;
    }

    public async Task SendAsync(string method, string path, int port, string extraHeaders = "")
    {
        var request = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await _client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
    }

    /// <summary>Reads until the server closes the connection; never throws, records what went wrong instead.</summary>
    public async Task ReceiveAsync()
    {
        var received = new MemoryStream();
        try
        {
            await _client.GetStream().CopyToAsync(received);
        }
        catch (IOException exception)
        {
            Failure = exception.Message;
        }

        CompletedAt = Stopwatch.GetTimestamp();
        Parse(received.ToArray());
    }

    public void Dispose() => _client.Dispose();

    private void Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0 || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
        {
            Failure ??= $"no complete response head ({bytes.Length} bytes)";
            return;
        }

        Head = text[..headEnd];
        Status = int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var headers = Head.Split("\r\n");
        var lengthLine = headers.FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var chunked = headers.Any(line => line.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase));
        var body = bytes.AsSpan(Encoding.UTF8.GetByteCount(text[..(headEnd + 4)]));
        Complete = Failure is null && (chunked
            ? ChunkedBodyIsComplete(body)
            : lengthLine is not null && long.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture) == body.Length);
        if (!Complete)
        {
            Failure ??= $"body incomplete: {body.Length} bytes, {(chunked ? "chunked" : lengthLine)}";
        }
    }

    /// <summary>Walks the chunks; the body is whole only when the zero-length last chunk and its CRLF arrived.</summary>
    private static bool ChunkedBodyIsComplete(ReadOnlySpan<byte> body)
    {
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0
                || !int.TryParse(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size))
            {
                return false;
            }

            body = body[(lineEnd + 2)..];
            if (size == 0)
            {
                return body.SequenceEqual("\r\n"u8);
            }

            if (body.Length < size + 2)
            {
                return false;
            }

            body = body[(size + 2)..];
        }
    }
}
