using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.GraphQL;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Unhandled exception in GraphQL field {FieldPath} of {OperationType} {OperationName}")]
    public static partial void UnhandledField(ILogger logger, Exception exception, string fieldPath, string operationType, string? operationName);
}
