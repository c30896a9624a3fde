using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// An operation whose root type the schema lacks (a <c>subscription</c>: the schema has none) is an invalid document,
/// as graphql-js's KnownOperationTypesRule says. GraphQL.NET's core rules let it through, and its complexity rule then
/// throws on the missing root type: this rule reports it first, so the complexity rule (which runs only on a document
/// without errors) never sees it.
/// </summary>
internal sealed class KnownOperationTypesRule : ValidationRuleBase
{
    public static readonly KnownOperationTypesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            var root = operation.Operation switch
            {
                OperationType.Query => (object?)validation.Schema.Query,
                OperationType.Mutation => validation.Schema.Mutation,
                _ => validation.Schema.Subscription,
            };
            if (root is null)
            {
                var type = operation.Operation.ToString().ToLowerInvariant();
                validation.ReportError(new ValidationError(
                    validation.Document.Source,
                    "5.2.1",
                    $"The schema has no {type} type: a {type} operation cannot be run.",
                    operation));
            }
        }));
}
