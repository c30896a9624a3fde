using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Bounds introspection, which the complexity budget leaves out and a raised <c>GraphQL:MaxDepth</c> (tools'
/// introspection query is 15 deep) would not: as graphql-js's MaxIntrospectionDepthRule, at most <see cref="MaxNestedLists"/> of the lists that
/// lead back to types (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>) may nest, so a
/// document cannot walk the type graph's cycles into an answer of billions of nodes. Tools' query nests one.
/// </summary>
internal sealed class IntrospectionDepthRule : ValidationRuleBase
{
    public const int MaxNestedLists = 3;
    public const string Limit = "introspection depth";

    public static readonly IntrospectionDepthRule Instance = new();

    private static readonly HashSet<string> TypeLists = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes" };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation == validation.Operation
                && Deepest(operation.SelectionSet, new IntrospectionDepthWalk(FragmentIndex.Of(validation.Document), []), inIntrospection: false, 0) > MaxNestedLists)
            {
                validation.ReportError(new GraphQLGuardError(
                    Limit,
                    $"Introspection nests more than {MaxNestedLists} of fields, inputFields, interfaces and possibleTypes; the introspection depth allows {MaxNestedLists}.",
                    operation));
            }
        }));

    private static int Deepest(GraphQLSelectionSet? selections, IntrospectionDepthWalk walk, bool inIntrospection, int lists)
    {
        var deepest = lists;
        foreach (var selection in selections?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field => FieldDepth(field, walk, inIntrospection, lists),
                GraphQLInlineFragment inline => Deepest(inline.SelectionSet, walk, inIntrospection, lists),
                GraphQLFragmentSpread spread => SpreadDepth(spread.FragmentName.Name.StringValue, walk, inIntrospection, lists),
                _ => lists,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int FieldDepth(GraphQLField field, IntrospectionDepthWalk walk, bool inIntrospection, int lists)
    {
        var name = field.Name.StringValue;
        var introspecting = inIntrospection || name is "__schema" or "__type";
        var nested = introspecting && TypeLists.Contains(name) ? lists + 1 : lists;
        return nested > MaxNestedLists ? nested : Deepest(field.SelectionSet, walk, introspecting, nested);
    }

    // What a fragment gives depends only on the state it is entered with (at most 2 x 4 states), so each is walked once
    // per state (ADR 0047), not again at every spread.
    private static int SpreadDepth(string name, IntrospectionDepthWalk walk, bool inIntrospection, int lists)
    {
        var key = (name, inIntrospection, lists);
        if (walk.Known.TryGetValue(key, out var known))
        {
            return known;
        }

        // As deep as where it is spread while its own walk is under way: a fragment cycle, which the standard rules report, ends here.
        walk.Known[key] = lists;
        var depth = walk.Definitions.TryGetValue(name, out var fragment) ? Deepest(fragment.SelectionSet, walk, inIntrospection, lists) : lists;
        walk.Known[key] = depth;
        return depth;
    }
}
