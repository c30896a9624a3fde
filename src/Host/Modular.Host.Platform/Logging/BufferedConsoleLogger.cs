using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// Formats an event with the framework's console formatter (JSON or simple text: the same output as the console
/// logger) on the caller's thread, then hands the finished line to the shared <see cref="ConsoleLineWriter"/>.
/// </summary>
internal sealed class BufferedConsoleLogger(string category, BufferedConsoleLoggerProvider provider) : ILogger
{
    [ThreadStatic]
    private static StringWriter? _threadWriter;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        provider.ScopeProvider.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var writer = _threadWriter ??= new StringWriter(new StringBuilder(1024));
        var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
        provider.Formatter.Write(in entry, provider.ScopeProvider, writer);
        var text = writer.GetStringBuilder();
        if (text.Length == 0)
        {
            return;
        }

        var line = text.ToString();
        // A rare huge event (a long stack trace) must not keep its buffer alive on this thread for ever.
        if (text.Capacity > 16 * 1024)
        {
            _threadWriter = null;
        }
        else
        {
            text.Clear();
        }

        provider.Writer.Write(line);
    }
}
