using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation that selects the introspection meta-fields <c>__schema</c> and <c>__type</c> under more than
/// <c>GraphQL:MaxSchemaReads</c> distinct response names. Each one returns up to the whole schema, and the complexity
/// budget does not count introspection (its nested lists would exceed any budget), so aliases multiplied a 48 KB
/// document into 4.7 MB of answer (ADR 0048). Selections under one response name merge into one read, so they count
/// once. Only the root selection set is read (<see cref="RootFields"/>): the two meta-fields exist on the query type
/// alone, which no field returns.
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

            var reads = RootFields.Of(operation, validation.Document)
                .Where(field => field.FieldName is "__schema" or "__type")
                .Select(field => field.ResponseKey)
                .ToHashSet(StringComparer.Ordinal);
            if (reads.Count > maxSchemaReads)
            {
                validation.ReportError(new GraphQLGuardError(
                    Setting,
                    $"The operation reads the schema {reads.Count} times (__schema and __type under distinct response names); {Setting} allows {maxSchemaReads}.",
                    operation));
            }
        }));
}
