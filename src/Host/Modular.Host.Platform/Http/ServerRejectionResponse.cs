using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Modular.Host.Platform.Security;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Http;

/// <summary>
/// The contract's answer to a request Kestrel refused before the application: Kestrel's status (and its <c>Allow</c>), a
/// problem+json body (type, title, status, detail, traceId; no <c>instance</c>, since the target could not be read),
/// a new <c>X-Correlation-Id</c>, the security headers, and <c>Connection: close</c> as Kestrel closes the connection.
/// </summary>
internal sealed class ServerRejectionResponse(bool sendHsts, KestrelServerLimits limits, TimeProvider clock)
{
    private static ReadOnlySpan<byte> HeadEnd => "\r\n\r\n"u8;

    /// <summary>Whether the bytes begin like an HTTP/1.x status line (what Kestrel's HTTP/1 answers begin with).</summary>
    public static bool IsHttp1Response(ReadOnlySpan<byte> output) => output.StartsWith("HTTP/1."u8);

    /// <summary>
    /// The replacement for one of Kestrel's own answers: a head with <c>Content-Length: 0</c> and nothing after it.
    /// Null for anything else (then the bytes go out unchanged).
    /// </summary>
    public ServerRejection? Replace(ReadOnlySpan<byte> kestrelAnswer)
    {
        var headLength = kestrelAnswer.IndexOf(HeadEnd);
        if (headLength < 0 || headLength + HeadEnd.Length != kestrelAnswer.Length || kestrelAnswer.Length < 12)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(kestrelAnswer[..headLength]).Split("\r\n");
        if (!int.TryParse(head[0].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            || status < 400
            || !head.Any(line => line.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var correlationId = Guid.CreateVersion7().ToString("N");
        var traceId = $"00-{ActivityTraceId.CreateRandom().ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-00";
        var body = Body(status, traceId);
        var response = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {Problems.ContentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Connection: close\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture)}\r\n");
        foreach (var allow in head.Where(line => line.StartsWith("Allow:", StringComparison.OrdinalIgnoreCase)))
        {
            response.Append(allow).Append("\r\n");
        }

        response
            .Append(CultureInfo.InvariantCulture, $"X-Correlation-Id: {correlationId}\r\n")
            .Append("X-Content-Type-Options: nosniff\r\n")
            .Append("X-Frame-Options: DENY\r\n")
            .Append("Referrer-Policy: no-referrer\r\n")
            .Append(CultureInfo.InvariantCulture, $"Cache-Control: {SecurityHeaders.NoStore}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Pragma: {SecurityHeaders.NoCache}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Security-Policy: {SecurityHeaders.ApiContentSecurityPolicy}\r\n");
        if (sendHsts)
        {
            response.Append(CultureInfo.InvariantCulture, $"Strict-Transport-Security: {SecurityHeaders.StrictTransportSecurity}\r\n");
        }

        response.Append("Vary: Origin\r\n\r\n");
        return new ServerRejection(status, correlationId, traceId, [.. Encoding.ASCII.GetBytes(response.ToString()), .. body]);
    }

    private byte[] Body(int status, string traceId)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", ProblemTypes.Uri(status));
            json.WriteString("title", ProblemTypes.Title(status));
            json.WriteNumber("status", status);
            json.WriteString("detail", Detail(status));
            json.WriteString("traceId", traceId);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest =>
            "The request is not valid HTTP/1.1 and was refused before it was read: its request line, its target (a NUL, %00, in the path, "
            + "a space or a byte outside ASCII), a header line (no colon, a space before the colon, a folded line, a bare CR, a NUL) "
            + "or its framing (no Host, two Host or Content-Length headers, an unreadable Content-Length or Transfer-Encoding).",
        StatusCodes.Status405MethodNotAllowed => "The request target's form is allowed only with the method named in Allow ('*' with OPTIONS, host:port with CONNECT).",
        StatusCodes.Status408RequestTimeout => "The request headers did not arrive within the server's time limit.",
        StatusCodes.Status411LengthRequired => "An HTTP/1.0 request with a body must declare its Content-Length.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status414UriTooLong =>
            $"The request line (method, target with its query, and version) is longer than {limits.MaxRequestLineSize} bytes.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge =>
            $"The request headers are larger than the server accepts: at most {limits.MaxRequestHeaderCount} fields and {limits.MaxRequestHeadersTotalSize} bytes in all.",
        StatusCodes.Status505HttpVersionNotsupported => "Only HTTP/1.0 and HTTP/1.1 requests are served on this connection.",
        _ => "The server refused the request before reading it.",
    };
}
