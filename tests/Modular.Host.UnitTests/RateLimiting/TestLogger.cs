using Microsoft.Extensions.Logging;

namespace Modular.Host.UnitTests.RateLimiting;

internal sealed class TestLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, int EventId)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, eventId.Id));
}
