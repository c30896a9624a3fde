using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.Http;

/// <summary>
/// Counts what the endpoint reads and fails past the limit. Kestrel enforces the same limit itself; this also
/// covers servers without <see cref="Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature"/> (the test server)
/// and remembers the overflow, because minimal-API binding swallows body read errors.
/// </summary>
internal sealed class LimitedRequestBodyStream(Stream inner, long limit) : Stream
{
    private long _read;

    public bool LimitExceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(Guard(() => inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await GuardAsync(inner.ReadAsync(buffer, cancellationToken)));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            LimitExceeded = true;
            throw TooLarge();
        }

        return read;
    }

    private int Guard(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LimitExceeded = true;
            throw;
        }
    }

    private async ValueTask<int> GuardAsync(ValueTask<int> read)
    {
        try
        {
            return await read;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            LimitExceeded = true;
            throw;
        }
    }

    private static BadHttpRequestException TooLarge() =>
        new("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
}
