using Microsoft.Extensions.Logging;

namespace Modular.Shared.UnitTests.Logging;

internal sealed record LoggedLine(LogLevel Level, string Message, Exception? Exception);
