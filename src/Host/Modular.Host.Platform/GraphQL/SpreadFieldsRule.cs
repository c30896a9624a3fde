using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses, before any guard walks it, an operation that selects more fields than <c>GraphQL:MaxComplexity</c> once its
/// fragments are spread in place. Fragments that each spread the previous one twice make a 1 KB document of 2^n
/// fields, and GraphQL.NET's complexity visitor expands every spread (ADR 0047): counted here once per fragment
/// definition, so this rule is linear in the document, and the complexity rule, which runs only on a document without
/// errors, never meets such a document. Every selected field costs at least 1 in the complexity budget (introspection
/// and the items of an empty page aside), so the budget's meaning holds.
/// </summary>
internal sealed class SpreadFieldsRule(int maxComplexity) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation)
            {
                return;
            }

            var fields = Count(operation.SelectionSet, FragmentIndex.Of(validation.Document), new Dictionary<string, double>(StringComparer.Ordinal));
            if (fields > maxComplexity)
            {
                validation.ReportError(new GraphQLGuardError(
                    "GraphQL:MaxComplexity",
                    $"The operation selects more than {maxComplexity} fields once its fragments are spread; GraphQL:MaxComplexity allows {maxComplexity}.",
                    operation));
            }
        }));

    // Doubles: a count of 2^60 fields must neither overflow nor wrap to a small number.
    private static double Count(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> definitions, Dictionary<string, double> fragments)
    {
        double count = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            count += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet, definitions, fragments),
                GraphQLInlineFragment inline => Count(inline.SelectionSet, definitions, fragments),
                GraphQLFragmentSpread spread => SpreadCount(spread, definitions, fragments),
                _ => 0,
            };
        }

        return count;
    }

    private static double SpreadCount(GraphQLFragmentSpread spread, Dictionary<string, GraphQLFragmentDefinition> definitions, Dictionary<string, double> fragments)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // Zero while its own count is under way: a fragment cycle, which the standard rules report, ends here.
        fragments[name] = 0;
        var count = definitions.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet, definitions, fragments) : 0;
        fragments[name] = count;
        return count;
    }
}
