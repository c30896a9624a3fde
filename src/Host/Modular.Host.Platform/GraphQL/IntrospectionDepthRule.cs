using GraphQL.Validation;
using GraphQLParser;
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
            if (operation == validation.Operation && Deepest(operation.SelectionSet, validation, inIntrospection: false, 0, []) > MaxNestedLists)
            {
                validation.ReportError(new GraphQLGuardError(
                    Limit,
                    $"Introspection nests more than {MaxNestedLists} of fields, inputFields, interfaces and possibleTypes; the introspection depth allows {MaxNestedLists}.",
                    operation));
            }
        }));

    private static int Deepest(GraphQLSelectionSet? selections, ValidationContext context, bool inIntrospection, int lists, HashSet<string> fragmentsOnPath)
    {
        var deepest = lists;
        foreach (var selection in selections?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field => FieldDepth(field, context, inIntrospection, lists, fragmentsOnPath),
                GraphQLInlineFragment inline => Deepest(inline.SelectionSet, context, inIntrospection, lists, fragmentsOnPath),
                GraphQLFragmentSpread spread when fragmentsOnPath.Add(spread.FragmentName.Name.StringValue) => SpreadDepth(spread, context, inIntrospection, lists, fragmentsOnPath),
                _ => lists,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int FieldDepth(GraphQLField field, ValidationContext context, bool inIntrospection, int lists, HashSet<string> fragmentsOnPath)
    {
        var name = field.Name.StringValue;
        var introspecting = inIntrospection || name is "__schema" or "__type";
        var nested = introspecting && TypeLists.Contains(name) ? lists + 1 : lists;
        return nested > MaxNestedLists ? nested : Deepest(field.SelectionSet, context, introspecting, nested, fragmentsOnPath);
    }

    private static int SpreadDepth(GraphQLFragmentSpread spread, ValidationContext context, bool inIntrospection, int lists, HashSet<string> fragmentsOnPath)
    {
        var depth = context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
            ? Deepest(fragment.SelectionSet, context, inIntrospection, lists, fragmentsOnPath)
            : lists;
        fragmentsOnPath.Remove(spread.FragmentName.Name.StringValue);
        return depth;
    }
}
