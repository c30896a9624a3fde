using Microsoft.Extensions.Logging;

namespace Modular.Host.Platform.GraphQL;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Unhandled exception in GraphQL field {FieldPath} of {OperationType} {OperationName}")]
    public static partial void UnhandledField(ILogger logger, Exception exception, string fieldPath, string operationType, string? operationName);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Dependency {Dependency} unavailable for GraphQL field {FieldPath}: {Reason}; answered SERVICE_UNAVAILABLE")]
    public static partial void DependencyUnavailable(ILogger logger, string dependency, string fieldPath, string reason);
}
