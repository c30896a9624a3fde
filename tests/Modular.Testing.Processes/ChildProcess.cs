using System.Collections.Concurrent;
using System.Diagnostics;

namespace Modular.Testing.Processes;

/// <summary>
/// One server process started by a test: its output goes to a log file (and the last lines stay in memory for
/// failure messages), signals go straight to its pid, and disposing kills it and reaps it (no zombie is left).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();

    private ChildProcess(string name, Process process, string logFile)
    {
        Name = name;
        _process = process;
        // Kept: a disposed Process no longer tells its id, and callers check the pid after disposal.
        Id = process.Id;
        LogFile = logFile;
        _log = new StreamWriter(new FileStream(logFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Capture(line.Data);
        process.ErrorDataReceived += (_, line) => Capture(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Id { get; }

    public string LogFile { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the pid is still a live process (not gone, not a zombie): what another process would see.</summary>
    public bool IsAlive => Posix.IsRunning(Id);

    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the process wrote (stdout and stderr interleaved).</summary>
    public IReadOnlyList<string> Tail => [.. _tail];

    /// <summary>
    /// Starts <paramref name="fileName"/> with exactly <paramref name="environment"/> on top of this process's
    /// environment (a null value removes a variable), appending its output to <paramref name="logFile"/>.
    /// </summary>
    public static ChildProcess Start(
        string name,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        string logFile,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(logFile) ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        return new ChildProcess(name, process, logFile);
    }

    public void Signal(UnixSignal signal)
    {
        if (!_process.HasExited)
        {
            Posix.Send(Id, signal);
        }
    }

    /// <summary>Waits for the process to exit; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sends <paramref name="signal"/>, waits up to <paramref name="grace"/>, then SIGKILLs; returns once it is gone.</summary>
    public async Task StopAsync(UnixSignal signal, TimeSpan grace)
    {
        Signal(signal);
        if (!await WaitForExitAsync(grace))
        {
            Signal(UnixSignal.Kill);
            await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public string Describe() => $"{Name} (pid {Id}{(HasExited ? $", exited {ExitCode}" : string.Empty)}; log {LogFile}):\n{string.Join('\n', Tail.TakeLast(40))}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal(UnixSignal.Kill);
            await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
        lock (_logGate)
        {
            _log.Dispose();
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > KeptLines && _tail.TryDequeue(out _))
        {
        }

        lock (_logGate)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives after disposal (a last line racing the kill) is dropped.
            }
        }
    }
}
