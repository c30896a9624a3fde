using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Modular.Host.Platform.Http;

namespace Modular.Host.UnitTests.Http;

public sealed class ServerRejectionPipeWriterTests
{
    private const string KestrelAnswer = "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\nDate: Mon, 30 Nov 2026 17:59:59 GMT\r\n\r\n";

    private readonly ServerRejectionGuard _guard = new();

    [Fact]
    public async Task What_Kestrel_writes_while_no_request_is_in_the_application_becomes_the_contracts_problem()
    {
        var output = await WriteAsync(KestrelAnswer);

        var (head, body) = Split(output);
        Assert.StartsWith("HTTP/1.1 431 ", head, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/problem+json\r\n", head, StringComparison.Ordinal);
        Assert.Contains($"\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n", head, StringComparison.Ordinal);
        Assert.Matches("\r\nX-Correlation-Id: [0-9a-f]{32}\r\n", head);
        Assert.Contains("\r\nX-Content-Type-Options: nosniff\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nDate: Mon, 30 Nov 2026 18:00:00 GMT\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nStrict-Transport-Security: ", head, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(431, problem.GetProperty("status").GetInt32());
        Assert.Contains("100 fields and 32768 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_while_a_request_is_in_the_application_passes_unchanged()
    {
        _guard.RequestStarted();

        Assert.Equal(KestrelAnswer, await WriteAsync(KestrelAnswer));
    }

    [Fact]
    public async Task After_the_request_completed_the_next_answer_of_Kestrel_is_replaced_again()
    {
        _guard.RequestStarted();
        _guard.RequestCompleted();

        Assert.Contains("application/problem+json", await WriteAsync(KestrelAnswer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_that_is_not_HTTP_1_passes_unchanged_and_turns_the_writer_into_a_pass_through()
    {
        const string tls = "\u0016\u0003\u0003\u0000\u0002ab";

        Assert.Equal(tls + KestrelAnswer, await WriteAsync(tls, KestrelAnswer));
    }

    [Fact]
    public async Task An_answer_with_a_body_is_not_one_of_Kestrels_refusals_and_passes_unchanged()
    {
        const string answer = "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\nno";

        Assert.Equal(answer, await WriteAsync(answer));
    }

    private async Task<string> WriteAsync(params string[] flushes)
    {
        var pipe = new Pipe();
        var writer = new ServerRejectionPipeWriter(pipe.Writer, _guard, new ServerRejectionResponse(sendHsts: true, new KestrelServerLimits(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero))), NullLogger.Instance, "127.0.0.1");
        foreach (var flush in flushes)
        {
            await writer.WriteAsync(Encoding.Latin1.GetBytes(flush));
        }

        await writer.CompleteAsync();
        var received = new MemoryStream();
        await pipe.Reader.CopyToAsync(received);
        return Encoding.Latin1.GetString(received.ToArray());
    }

    private static (string Head, string Body) Split(string output)
    {
        var end = output.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (output[..(end + 2)], output[(end + 4)..]);
    }
}
