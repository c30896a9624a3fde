using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>With <c>GraphQL:Introspection</c> false, refuses <c>__schema</c> and <c>__type</c> (<c>__typename</c> stays: clients need it).</summary>
internal sealed class IntrospectionSwitchRule : ValidationRuleBase
{
    public static readonly IntrospectionSwitchRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name.Value.Span is "__schema" or "__type")
            {
                validation.ReportError(new GraphQLGuardError(
                    "GraphQL:Introspection",
                    $"Introspection is disabled (GraphQL:Introspection is false): '{field.Name.StringValue}' is not available.",
                    field));
            }
        }));
}
