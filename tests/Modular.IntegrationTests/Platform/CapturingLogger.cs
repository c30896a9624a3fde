using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Platform;

internal sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
{
    /// <summary>Scopes are kept as entries of level <see cref="LogLevel.None"/>: a secret in a scope would reach every line.</summary>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        entries.Enqueue(new CapturedLogEntry(category, LogLevel.None, state.ToString() ?? string.Empty, FieldsOf(state), null));
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), FieldsOf(state), exception?.ToString()));
    }

    private static Dictionary<string, string?> FieldsOf<TState>(TState state) => state switch
    {
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.ToDictionary(pair => pair.Key, pair => Text(pair.Value)),
        _ => [],
    };

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
