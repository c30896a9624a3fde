using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation that nests fields deeper than <c>GraphQL:MaxDepth</c>, following fragments: each field is one
/// level, whatever its name, so introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) counts as any other
/// selection and the limit holds for every document (ADR 0042). The introspection query of graphql-js 16.15/17
/// (<c>getIntrospectionQuery()</c>, which GraphiQL and code generators send) is 15 deep.
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

            var depth = Depth(operation.SelectionSet, validation, []);
            if (depth > maxDepth)
            {
                validation.ReportError(new GraphQLGuardError(
                    "GraphQL:MaxDepth",
                    $"The operation nests fields {depth} deep; GraphQL:MaxDepth allows {maxDepth}.",
                    operation));
            }
        }));

    private static int Depth(GraphQLSelectionSet? selections, ValidationContext context, HashSet<string> fragmentsOnPath)
    {
        var deepest = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field => 1 + Depth(field.SelectionSet, context, fragmentsOnPath),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, context, fragmentsOnPath),
                GraphQLFragmentSpread spread => SpreadDepth(spread, context, fragmentsOnPath),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    // A fragment cycle is reported by the standard rules; here it only has to end.
    private static int SpreadDepth(GraphQLFragmentSpread spread, ValidationContext context, HashSet<string> fragmentsOnPath)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!fragmentsOnPath.Add(name))
        {
            return 0;
        }

        var depth = context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
            ? Depth(fragment.SelectionSet, context, fragmentsOnPath)
            : 0;
        fragmentsOnPath.Remove(name);
        return depth;
    }
}
