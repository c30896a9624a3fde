using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation that nests fields deeper than <c>GraphQL:MaxDepth</c>, following fragments: each field is one
/// level, whatever its name, so introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) counts as any other
/// selection and the limit holds for every document (ADR 0042). The introspection query of graphql-js 16.15/17
/// (<c>getIntrospectionQuery()</c>, which GraphiQL and code generators send) is 15 deep.
/// A fragment's depth does not depend on where it is spread, so it is measured once per definition (ADR 0047): walking
/// it again at every spread made fragments that spread the previous one twice cost 2^n.
/// </summary>
internal sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation)
            {
                return;
            }

            var depth = Depth(operation.SelectionSet, FragmentIndex.Of(validation.Document), new Dictionary<string, int>(StringComparer.Ordinal));
            if (depth > maxDepth)
            {
                validation.ReportError(new GraphQLGuardError(
                    "GraphQL:MaxDepth",
                    $"The operation nests fields {depth} deep; GraphQL:MaxDepth allows {maxDepth}.",
                    operation));
            }
        }));

    private static int Depth(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> definitions, Dictionary<string, int> fragments)
    {
        var deepest = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field => 1 + Depth(field.SelectionSet, definitions, fragments),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, definitions, fragments),
                GraphQLFragmentSpread spread => SpreadDepth(spread.FragmentName.Name.StringValue, definitions, fragments),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int SpreadDepth(string name, Dictionary<string, GraphQLFragmentDefinition> definitions, Dictionary<string, int> fragments)
    {
        if (fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // Zero while its own depth is under way: a fragment cycle, which the standard rules report, ends here.
        fragments[name] = 0;
        var depth = definitions.TryGetValue(name, out var fragment) ? Depth(fragment.SelectionSet, definitions, fragments) : 0;
        fragments[name] = depth;
        return depth;
    }
}
