using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Bounds what GraphQL.NET's standard validation compares pairwise, before it runs (ADR 0048). Its rules are quadratic in
/// what a few bytes repeat: fields of one response name that must merge (<c>OverlappingFieldsCanBeMerged</c>, also across
/// inline fragments, spreads and the merged sub-selections of same-named fields), directives on one location, arguments,
/// variables, input object fields (the merging is walked by <see cref="SelectionMerge"/>). Measured before (one anonymous request): 2,000 fields named <c>a</c> of two shapes
/// (22 KB) took 62 s of CPU and 2.9 GB; 60,000 <c>@skip</c> on one field 115 s; 50,000 variables 12.5 s. The limits
/// are far beyond any real client's document, and each refusal names its limit.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The setting whose value also bounds the selections walked with fragments spread and same-named fields merged.</summary>
    public const string ComplexitySetting = "GraphQL:MaxComplexity";

    public const int MaxDirectives = 16;

    public const int MaxArguments = 32;

    public const int MaxVariables = 64;

    public const int MaxObjectFields = 64;

    /// <summary>
    /// Why <paramref name="document"/> is refused, or null; <paramref name="maxSelections"/> is <c>GraphQL:MaxComplexity</c>
    /// (every selected field costs at least 1 of it). Fragment nesting is already bounded (<see cref="FragmentNesting"/>).
    /// </summary>
    public static (string Message, string? Limit)? Refusal(GraphQLDocument document, int maxSelections) =>
        ListsRefusal(document) is { } refusal ? (refusal, null) : SelectionMerge.Refusal(document, maxSelections);

    private static string? ListsRefusal(GraphQLDocument document)
    {
        var nodes = new Stack<ASTNode>(document.Definitions);
        while (nodes.TryPop(out var node))
        {
            var refusal = node switch
            {
                GraphQLOperationDefinition operation => Bounded(operation.Variables?.Items.Count, MaxVariables, "variables in one operation")
                    ?? Push(nodes, operation.Directives, operation.SelectionSet, operation.Variables?.Items.Select(variable => (ASTNode?)variable.DefaultValue)),
                GraphQLVariableDefinition variable => Push(nodes, variable.Directives, variable.DefaultValue),
                GraphQLFragmentDefinition fragment => Push(nodes, fragment.Directives, fragment.SelectionSet),
                GraphQLSelectionSet set => Push(nodes, null, null, set.Selections),
                GraphQLField field => Bounded(field.Arguments?.Items.Count, MaxArguments, "arguments on one field")
                    ?? Push(nodes, field.Directives, field.SelectionSet, field.Arguments?.Items.Select(argument => (ASTNode?)argument.Value)),
                GraphQLInlineFragment inline => Push(nodes, inline.Directives, inline.SelectionSet),
                GraphQLFragmentSpread spread => Push(nodes, spread.Directives, null),
                GraphQLDirective directive => Bounded(directive.Arguments?.Items.Count, MaxArguments, "arguments on one directive")
                    ?? Push(nodes, null, null, directive.Arguments?.Items.Select(argument => (ASTNode?)argument.Value)),
                GraphQLObjectValue value => Bounded(value.Fields?.Count, MaxObjectFields, "fields in one input object")
                    ?? Push(nodes, null, null, value.Fields?.Select(field => (ASTNode?)field.Value)),
                GraphQLListValue list => Push(nodes, null, null, list.Values),
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>Pushes a node's children; refuses its directives first when there are too many.</summary>
    private static string? Push(Stack<ASTNode> nodes, GraphQLDirectives? directives, ASTNode? child, IEnumerable<ASTNode?>? children = null)
    {
        if (Bounded(directives?.Items.Count, MaxDirectives, "directives on one location") is { } refusal)
        {
            return refusal;
        }

        foreach (var node in (directives?.Items ?? []).Cast<ASTNode?>().Append(child).Concat(children ?? []))
        {
            if (node is not null)
            {
                nodes.Push(node);
            }
        }

        return null;
    }

    private static string? Bounded(int? count, int max, string what) =>
        count > max ? $"The document has {count} {what}; at most {max} are read." : null;
}
