using GraphQLParser;
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

    /// <summary>The root fields the operation selects, through fragments at the root, as (response key, field name).</summary>
    public IEnumerable<(string ResponseKey, string FieldName)> RootFields(GraphQLDocument document) =>
        Collect(Definition.SelectionSet, document, []);

    private static IEnumerable<(string, string)> Collect(GraphQLSelectionSet selections, GraphQLDocument document, HashSet<string> fragments)
    {
        foreach (var selection in selections.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field => [((field.Alias?.Name ?? field.Name).StringValue, field.Name.StringValue)],
                GraphQLInlineFragment inline => Collect(inline.SelectionSet, document, fragments),
                GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment => Collect(fragment.SelectionSet, document, fragments),
                _ => [],
            };
            foreach (var field in inner)
            {
                yield return field;
            }
        }
    }

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
