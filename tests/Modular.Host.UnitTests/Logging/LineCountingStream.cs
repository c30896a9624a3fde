namespace Modular.Host.UnitTests.Logging;

/// <summary>An output that the test can read while the writer thread is still writing to it: it counts line breaks.</summary>
internal sealed class LineCountingStream : Stream
{
    private int _lines;

    public int Lines => Volatile.Read(ref _lines);

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

    public override void Write(ReadOnlySpan<byte> buffer) => Interlocked.Add(ref _lines, buffer.Count((byte)'\n'));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
