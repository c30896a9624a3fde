using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Modular.Host.UnitTests.Logging;

/// <summary>Keeps every line logged to it, formatted, with its level and exception.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<LoggedLine> _lines = new();

    public IReadOnlyList<LoggedLine> Lines => [.. _lines];

    public IReadOnlyList<LoggedLine> At(LogLevel level) => [.. _lines.Where(line => line.Level == level)];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue(new LoggedLine(logLevel, formatter(state, exception), exception));
}
