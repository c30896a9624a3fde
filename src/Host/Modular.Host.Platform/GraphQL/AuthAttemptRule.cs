using GraphQL.Validation;
using GraphQLParser.AST;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Refuses an operation that calls the login budget's fields (<c>login</c>, <c>register</c>) under more than one response
/// name: one attempt per request, as on REST, where <c>RateLimiting:Auth</c> counts requests. Aliases had made one
/// request hundreds of password guesses (each a bcrypt verification) counted as one failure, the batching attack of the
/// OWASP GraphQL Cheat Sheet (ADR 0048). Holds whether the budget is on or off: the verifications cost the same.
/// </summary>
internal sealed class AuthAttemptRule : ValidationRuleBase
{
    public const string Setting = "RateLimiting:Auth";

    public static readonly AuthAttemptRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            var root = operation.Operation == OperationType.Mutation ? validation.Schema.Mutation : validation.Schema.Query;
            if (operation != validation.Operation || root is null)
            {
                return;
            }

            var attempts = RootFields.Of(operation, validation.Document)
                .Where(field => GraphQLAuthRateLimit.SpendsAuthBudget(root, field.FieldName))
                .Select(field => field.ResponseKey)
                .ToHashSet(StringComparer.Ordinal);
            if (attempts.Count > 1)
            {
                validation.ReportError(new GraphQLGuardError(
                    Setting,
                    $"The operation makes {attempts.Count} login or register attempts; one request makes one, as on REST ({Setting} counts requests).",
                    operation));
            }
        }));
}
