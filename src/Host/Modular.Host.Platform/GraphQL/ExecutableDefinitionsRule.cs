using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// A document sent for execution holds operations and fragments only (GraphQL specification §5.1.1, Executable
/// Definitions): a type, schema or directive definition or extension in it is an invalid document, named as graphql-js
/// names it. GraphQL.NET's core rules parse such definitions and ignore them, so <c>type Foo { a: Int } { __typename }</c>
/// ran.
/// </summary>
internal sealed class ExecutableDefinitionsRule : ValidationRuleBase
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is not (GraphQLOperationDefinition or GraphQLFragmentDefinition))
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    "5.1.1",
                    $"The \"{NameOf(definition)}\" definition is not executable.",
                    definition));
            }
        }

        return default;
    }

    private static string NameOf(ASTNode definition) => definition switch
    {
        GraphQLSchemaDefinition or GraphQLSchemaExtension => "schema",
        INamedNode named => named.Name.StringValue,
        _ => definition.Kind.ToString(),
    };
}
