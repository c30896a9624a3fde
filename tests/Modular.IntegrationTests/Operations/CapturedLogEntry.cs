using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Operations;

public sealed record CapturedLogEntry(string Category, LogLevel Level, int EventId, string Message);
