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

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value is null ? null : Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture))
                : [];
            entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), fields, exception?.ToString()));
        }
    }
}
