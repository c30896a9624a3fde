using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.RateLimiting;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// The Auth budget (<c>RateLimiting:Auth</c>) for root fields that require it (<c>login</c>, <c>register</c>), as REST
/// applies it to their endpoints, on the same per-client counters: the request counts one attempt before execution (a
/// spent budget refuses it), and gives it back unless a limited field failed for a client reason.
/// </summary>
internal sealed class GraphQLAuthRateLimit(IServiceProvider services, IOptions<RateLimitingOptions> options)
{
    private readonly RateLimitRule? _rule = options.Value is { Enabled: true, Auth.Enabled: true } enabled
        ? enabled.Auth.ToRule(RateLimitPolicies.Auth)
        : null;

    /// <summary>The response keys of the operation's root fields that spend the Auth budget; empty when it is off.</summary>
    public IReadOnlyList<string> LimitedFields(ISchema schema, GraphQLDocument document, GraphQLOperation operation)
    {
        var root = operation.Definition.Operation == OperationType.Mutation ? schema.Mutation : schema.Query;
        if (_rule is null || root is null)
        {
            return [];
        }

        return [.. RootFields.Of(operation.Definition, document)
            .Where(field => SpendsAuthBudget(root, field.FieldName))
            .Select(field => field.ResponseKey)];
    }

    /// <summary>Whether the root field <paramref name="fieldName"/> is one of the login budget's (<c>login</c>, <c>register</c>).</summary>
    public static bool SpendsAuthBudget(IObjectGraphType root, string fieldName) =>
        root.GetField(fieldName)?.GetMetadata<string>(GraphQLFieldBuilderExtensions.RateLimitPolicyKey) == RateLimitPolicies.Auth;

    /// <summary>Counts the request's attempt; the refusal when the budget is spent (nothing counted then), else null.</summary>
    public async ValueTask<RateLimitDecision?> AttemptAsync(HttpContext context)
    {
        var decision = await Store.AcquireAsync(RateLimitClient.KeyFor(context), _rule!);
        return decision.Allowed ? null : decision;
    }

    /// <summary>
    /// Keeps the attempt when the document was refused or a limited field answered a client error; gives it back
    /// otherwise, including when execution ended without a result (<paramref name="result"/> null).
    /// </summary>
    public async ValueTask SettleAsync(HttpContext context, ExecutionResult? result, IReadOnlyList<string> limitedFields)
    {
        var failed = result is not null && (!result.Executed || (result.Errors ?? []).Any(error =>
            error is GraphQLFieldError { Code: not GraphQLErrorCodes.InternalServerError and not GraphQLErrorCodes.ServiceUnavailable }
            && error.Path?.FirstOrDefault() is string key
            && limitedFields.Contains(key)));
        if (!failed)
        {
            await Store.ReleaseAsync(RateLimitClient.KeyFor(context), _rule!);
        }
    }

    private IRateLimitCounterStore Store => services.GetRequiredService<IRateLimitCounterStore>();
}
