using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Platform;

/// <summary>Every log entry of a test host: category, formatted message, structured state and exception, as text.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
