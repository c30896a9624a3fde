using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Logging;

/// <summary>
/// The host's console logger: the framework's formatters and options (<c>Logging:Console</c>, the format chosen by
/// <c>Logging:Format</c>), written through <see cref="ConsoleLineWriter"/> instead of the framework's per-line queue.
/// Every line reaches standard output, including those written while the host stops: disposing flushes.
/// </summary>
[ProviderAlias("Console")]
internal sealed class BufferedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, BufferedConsoleLogger> _loggers = new(StringComparer.Ordinal);

    public BufferedConsoleLoggerProvider(IOptions<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
        : this(options, formatters, Console.OpenStandardOutput())
    {
    }

    internal BufferedConsoleLoggerProvider(IOptions<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, Stream output)
    {
        var name = options.Value.FormatterName ?? ConsoleFormatterNames.Simple;
        Formatter = formatters.FirstOrDefault(formatter => string.Equals(formatter.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No console log formatter is named '{name}'.");
        Writer = new ConsoleLineWriter(output);
    }

    internal ConsoleFormatter Formatter { get; }

    internal ConsoleLineWriter Writer { get; }

    internal IExternalScopeProvider ScopeProvider { get; private set; } = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new BufferedConsoleLogger(name, this));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => ScopeProvider = scopeProvider;

    public void Dispose() => Writer.Dispose();
}
