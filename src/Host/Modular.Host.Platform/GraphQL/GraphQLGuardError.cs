using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>A refusal by one of the host's guards, before execution; <see cref="Setting"/> names the limit that refused it.</summary>
internal sealed class GraphQLGuardError(string setting, string message, ASTNode node)
    : ValidationError(default, "guard", message, node)
{
    public string Setting { get; } = setting;
}
