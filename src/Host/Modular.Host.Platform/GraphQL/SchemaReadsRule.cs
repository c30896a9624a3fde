using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation that selects the introspection meta-fields <c>__schema</c> and <c>__type</c> under more than
/// <c>GraphQL:MaxSchemaReads</c> distinct response names. Each one returns up to the whole schema, and the complexity
/// budget does not count introspection (its nested lists would exceed any budget), so aliases multiplied a 48 KB
/// document into 4.7 MB of answer (ADR 0048). Selections under one response name merge into one read (GraphQL
/// specification, "Field Collection"), so they count once; fragments and inline fragments are followed, each fragment
/// once, which keeps the rule linear in the document.
/// </summary>
internal sealed class SchemaReadsRule(int maxSchemaReads) : ValidationRuleBase
{
    public const string Setting = "GraphQL:MaxSchemaReads";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation)
            {
                return;
            }

            var reads = new HashSet<string>(StringComparer.Ordinal);
            Collect(operation.SelectionSet, FragmentIndex.Of(validation.Document), new HashSet<string>(StringComparer.Ordinal), reads);
            if (reads.Count > maxSchemaReads)
            {
                validation.ReportError(new GraphQLGuardError(
                    Setting,
                    $"The operation reads the schema {reads.Count} times (__schema and __type under distinct response names); {Setting} allows {maxSchemaReads}.",
                    operation));
            }
        }));

    // Only the root selection set: __schema and __type exist on the query type alone, which no field returns.
    private static void Collect(
        GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> definitions, HashSet<string> followed, HashSet<string> reads)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.Value.Span is "__schema" or "__type":
                    reads.Add((field.Alias?.Name ?? field.Name).StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, definitions, followed, reads);
                    break;
                case GraphQLFragmentSpread spread when followed.Add(spread.FragmentName.Name.StringValue)
                    && definitions.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    Collect(fragment.SelectionSet, definitions, followed, reads);
                    break;
            }
        }
    }
}
