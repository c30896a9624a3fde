using System.Buffers;
using System.IO.Pipelines;
using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.Http;

/// <summary>
/// The connection's output as Kestrel writes it. While a request is in the application every call passes straight
/// through. What Kestrel writes while none is (its answer to a request it refused) is held until Kestrel flushes it, then
/// replaced by the contract's answer (<see cref="ServerRejectionResponse"/>). Output that is not an HTTP/1.x response
/// (TLS records, HTTP/2 frames) is passed on unchanged and turns the writer into a plain pass-through for good.
/// </summary>
internal sealed partial class ServerRejectionPipeWriter(
    PipeWriter inner, ServerRejectionGuard guard, ServerRejectionResponse responses, ILogger logger, string? clientIp) : PipeWriter
{
    private ArrayBufferWriter<byte>? _held;
    private bool _passThrough;
    private bool _holding;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        _holding = Holds();
        return _holding ? Held().GetMemory(sizeHint) : inner.GetMemory(sizeHint);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        _holding = Holds();
        return _holding ? Held().GetSpan(sizeHint) : inner.GetSpan(sizeHint);
    }

    public override void Advance(int bytes)
    {
        if (_holding)
        {
            Held().Advance(bytes);
        }
        else
        {
            inner.Advance(bytes);
        }
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        Release();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return inner.CompleteAsync(exception);
    }

    private bool Holds() => !_passThrough && !guard.InApplication;

    private ArrayBufferWriter<byte> Held() => _held ??= new ArrayBufferWriter<byte>(256);

    /// <summary>Hands what was held to the transport: the contract's answer in place of Kestrel's, anything else as it was.</summary>
    private void Release()
    {
        if (_held is not { WrittenCount: > 0 } held)
        {
            return;
        }

        var written = held.WrittenSpan;
        if (!ServerRejectionResponse.IsHttp1Response(written))
        {
            _passThrough = true;
            inner.Write(written);
        }
        else if (responses.Replace(written) is { } rejection)
        {
            inner.Write(rejection.Response);
            LogRejected(logger, rejection.Status, clientIp, rejection.TraceId, rejection.CorrelationId);
        }
        else
        {
            inner.Write(written);
        }

        held.ResetWrittenCount();
    }

    [LoggerMessage(
        EventId = 40,
        Level = LogLevel.Information,
        Message = "HTTP request refused by the server before the application: responded {status} (client {clientIp}, trace {traceId}, correlation {correlationId})")]
    private static partial void LogRejected(ILogger logger, int status, string? clientIp, string traceId, string correlationId);
}
