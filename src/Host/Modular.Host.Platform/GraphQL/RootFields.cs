using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The root fields an operation selects (for the guards and the login budget's rate limit), through inline fragments and fragment spreads at the root, as (response key,
/// field name), in document order. Each fragment is followed once and found through the document's
/// <see cref="FragmentIndex"/>, so the walk is linear in the document (ADR 0047) even for thousands of spreads.
/// Selections under one response key merge into one execution (GraphQL specification, "Field Collection"): callers that
/// count executions count distinct keys.
/// </summary>
internal static class RootFields
{
    public static IEnumerable<(string ResponseKey, string FieldName)> Of(GraphQLOperationDefinition operation, GraphQLDocument document) =>
        Collect(operation.SelectionSet, FragmentIndex.Of(document), new HashSet<string>(StringComparer.Ordinal));

    private static IEnumerable<(string, string)> Collect(
        GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> definitions, HashSet<string> followed)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var inner = selection switch
            {
                GraphQLField field => [((field.Alias?.Name ?? field.Name).StringValue, field.Name.StringValue)],
                GraphQLInlineFragment inline => Collect(inline.SelectionSet, definitions, followed),
                GraphQLFragmentSpread spread when followed.Add(spread.FragmentName.Name.StringValue)
                    && definitions.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => Collect(fragment.SelectionSet, definitions, followed),
                _ => [],
            };
            foreach (var field in inner)
            {
                yield return field;
            }
        }
    }
}
