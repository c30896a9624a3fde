using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Host.Platform.Http;

namespace Modular.Host.Platform.GraphQL;

/// <summary>A string literal holding U+0000 or a lone surrogate: a 400 whatever the response media type.</summary>
internal sealed class UnsafeLiteralError(GraphQLStringValue literal)
    : ValidationError(default, "unsafe-text", $"A string {UnsafeText.Message}", literal);
