using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>The operation a request selects (by <c>operationName</c>, or the only one), known before it is validated or run.</summary>
internal sealed record GraphQLOperation(GraphQLOperationDefinition Definition, string Type, string? Name)
{
    public static GraphQLOperation? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(operation => operation.Name?.StringValue == operationName);
        return selected is null ? null : new GraphQLOperation(selected, TypeName(selected.Operation), selected.Name?.StringValue);
    }

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
