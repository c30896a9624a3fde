using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The contract's text rule inside documents: a string literal whose escapes make U+0000 or a lone surrogate
/// (<c>"\u0000"</c>) is refused before execution, as the same text in a JSON body or a query string is.
/// </summary>
internal sealed class UnsafeLiteralRule : ValidationRuleBase
{
    public static readonly UnsafeLiteralRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLStringValue>((literal, validation) =>
        {
            if (UnsafeText.IsUnsafe(literal.Value.Span))
            {
                validation.ReportError(new UnsafeTextError(literal));
            }
        }));
}
