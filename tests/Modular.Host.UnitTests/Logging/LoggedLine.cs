using Microsoft.Extensions.Logging;

namespace Modular.Host.UnitTests.Logging;

internal sealed record LoggedLine(LogLevel Level, string Message, Exception? Exception);
