using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>Validates a document against a small schema with the rules under test, without executing it.</summary>
internal static class ValidationHarness
{
    private static readonly ISchema Schema = global::GraphQL.Types.Schema.For(
        "type Query { products(limit: Int): ProductPage } type ProductPage { data: [Product!]! } type Product { id: ID name: String }");

    /// <summary>The validation errors of <paramref name="document"/>'s operation (the only one, or <paramref name="operationName"/>).</summary>
    public static async Task<IReadOnlyList<ExecutionError>> ErrorsAsync(string document, IEnumerable<IValidationRule> rules, string? operationName = null)
    {
        Schema.Initialize();
        var parsed = GraphQLParser.Parser.Parse(document);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = parsed,
            Operation = parsed.Definitions.OfType<GraphQLOperationDefinition>().Single(definition => operationName is null || definition.Name?.StringValue == operationName),
            Rules = rules,
            Variables = Inputs.Empty,
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
        });

        return [.. result.Errors];
    }
}
