using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Text of a GraphQL request holding U+0000 or a lone surrogate: in a string literal of the document, or in the
/// <c>query</c>, <c>operationName</c>, <c>variables</c> or <c>extensions</c> of the body. <see cref="Field"/> names where
/// (<c>query</c>, <c>variables.name</c>). It is an error of the request, answered with the status rules of every other
/// invalid document (400 under <c>application/graphql-response+json</c>, 200 under <c>application/json</c>).
/// </summary>
internal sealed class UnsafeTextError : ValidationError
{
    private const string RuleNumber = "unsafe-text";

    public UnsafeTextError(GraphQLStringValue literal)
        : base(default, RuleNumber, $"A string {UnsafeText.Message}", literal)
    {
        Field = GraphQLRequestReader.Query;
    }

    public UnsafeTextError(string field)
        : base(default, RuleNumber, $"'{field}' {UnsafeText.Message}")
    {
        Field = field;
    }

    public string Field { get; }
}
