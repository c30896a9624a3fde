using System.Text;

namespace Modular.Host.Platform.Http;

/// <summary>
/// A response body that decides at its first write or flush whether the answer is an error (<paramref name="isError"/>): an
/// error's body is withheld (its first 1 KiB kept as text) for the caller to answer otherwise; any other body goes straight
/// to <paramref name="inner"/>, flushes included.
/// </summary>
internal sealed class ErrorBodyStream(Stream inner, Func<bool> isError) : Stream
{
    private const int KeptBytes = 1024;
    private MemoryStream? _withheld;
    private bool _decided;

    /// <summary>The withheld error body as text; null when the answer was not an error or wrote nothing.</summary>
    public string? Withheld => _withheld is null ? null : Encoding.UTF8.GetString(_withheld.GetBuffer(), 0, (int)_withheld.Length).Trim();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Decide())
        {
            Keep(buffer);
            return;
        }

        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Decide())
        {
            Keep(buffer.Span);
            return ValueTask.CompletedTask;
        }

        return inner.WriteAsync(buffer, cancellationToken);
    }

    // A flush decides too: starting the response flushes before the first byte, and would send the error's headers.
    public override void Flush()
    {
        if (!Decide())
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Decide() ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _withheld?.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Decide()
    {
        if (!_decided)
        {
            _decided = true;
            if (isError())
            {
                _withheld = new MemoryStream();
            }
        }

        return _withheld is not null;
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        var room = KeptBytes - (int)_withheld!.Length;
        if (room > 0)
        {
            _withheld.Write(buffer[..Math.Min(room, buffer.Length)]);
        }
    }
}
