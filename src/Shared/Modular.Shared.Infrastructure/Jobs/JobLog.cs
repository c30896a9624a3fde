using Microsoft.Extensions.Logging;

namespace Modular.Shared.Infrastructure.Jobs;

internal static partial class JobLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed ({Failures} in a row); next run in {Interval}")]
    public static partial void RunFailed(ILogger logger, string job, int failures, TimeSpan interval, Exception exception);
}
