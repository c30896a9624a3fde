using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// The console sink behind <see cref="BufferedConsoleLoggerProvider"/>: callers hand over finished lines without
/// taking a lock (a lock-free queue), and one background thread writes whatever has queued up with a single
/// <c>write</c> per batch. The framework's console logger takes one lock per line on both sides of its queue and
/// makes one write system call per line, which under load is the process's main lock contention (docs/performance.md).
/// Nothing is dropped: above <see cref="MaxQueuedLines"/> callers wait for the writer, and <see cref="Dispose"/>
/// writes every queued line before it returns (waiting up to its flush timeout for the writer thread).
/// </summary>
internal sealed class ConsoleLineWriter : IDisposable
{
    public const int MaxQueuedLines = 10_000;

    private const int FlushBytes = 64 * 1024;

    /// <summary>How long the busy writer lets lines gather between two batches: the most a line waits for its write.</summary>
    private static readonly TimeSpan BatchPause = TimeSpan.FromMilliseconds(1);

    private readonly Stream _output;
    private readonly TimeSpan _flushTimeout;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly Lock _outputGate = new();
    private readonly Thread _thread;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes);
    private int _queued;
    private int _signalled;
    private volatile bool _completed;

    public ConsoleLineWriter(Stream output, TimeSpan? flushTimeout = null)
    {
        _output = output;
        _flushTimeout = flushTimeout ?? TimeSpan.FromSeconds(5);
        _thread = new Thread(Run) { IsBackground = true, Name = "Console log writer" };
        _thread.Start();
    }

    /// <summary>Queues one finished line (with its line break); written in order of arrival.</summary>
    public void Write(string line)
    {
        if (_completed)
        {
            WriteNow(line);
            return;
        }

        // Back-pressure instead of loss: a console that cannot keep up slows the callers down.
        while (Volatile.Read(ref _queued) >= MaxQueuedLines && !_completed)
        {
            Wake();
            Thread.Sleep(1);
        }

        _lines.Enqueue(line);
        Interlocked.Increment(ref _queued);
        // Only the first line after the writer went idle wakes it; the others join the batch it is writing.
        Wake();
    }

    public void Dispose()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _wake.Set();
        _thread.Join(_flushTimeout);

        // Whatever the thread could not take (it timed out) is written here, so no line is lost at shutdown.
        Drain(new ArrayBufferWriter<byte>(FlushBytes));
    }

    private void Run()
    {
        while (!_completed)
        {
            _wake.WaitOne();
            DrainWhileBusy();
        }

        Drain(_buffer);
    }

    /// <summary>
    /// Drains batch after batch, pausing <see cref="BatchPause"/> between them, for as long as lines keep coming; callers
    /// see the writer awake meanwhile and do not signal it. Going idle after every batch made nearly every line wake the
    /// writer (one futex wake-up per request), a fifth of the host's CPU on a cached read (docs/performance.md).
    /// </summary>
    private void DrainWhileBusy()
    {
        while (true)
        {
            while (Drain(_buffer) > 0 && !_completed)
            {
                Thread.Sleep(BatchPause);
            }

            Volatile.Write(ref _signalled, 0);
            // A line queued between the last drain and the reset saw the writer awake and did not signal: take it now,
            // unless a caller has signalled since (then the wait returns at once).
            if (_lines.IsEmpty || Interlocked.CompareExchange(ref _signalled, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private void Wake()
    {
        if (Interlocked.CompareExchange(ref _signalled, 1, 0) == 0)
        {
            _wake.Set();
        }
    }

    /// <returns>How many lines were written.</returns>
    private int Drain(ArrayBufferWriter<byte> buffer)
    {
        var written = 0;
        while (_lines.TryDequeue(out var line))
        {
            written++;
            Interlocked.Decrement(ref _queued);
            var bytes = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length));
            buffer.Advance(Encoding.UTF8.GetBytes(line, bytes));
            if (buffer.WrittenCount >= FlushBytes)
            {
                Flush(buffer);
            }
        }

        Flush(buffer);
        return written;
    }

    private void Flush(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        lock (_outputGate)
        {
            try
            {
                _output.Write(buffer.WrittenSpan);
                _output.Flush();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                // A closed console (the reading end of a pipe went away) must not take the process down with it.
            }
        }

        buffer.ResetWrittenCount();
    }

    private void WriteNow(string line)
    {
        var buffer = new ArrayBufferWriter<byte>(Encoding.UTF8.GetMaxByteCount(line.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(line, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length))));
        Flush(buffer);
    }
}
