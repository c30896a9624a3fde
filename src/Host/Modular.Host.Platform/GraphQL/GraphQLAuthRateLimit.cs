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
/// applies it to their endpoints, on the same per-client counters: a spent budget refuses the request before execution;
/// a request whose limited field failed for a client reason counts one failure.
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

    public async ValueTask<RateLimitDecision?> RefusalAsync(HttpContext context)
    {
        var decision = await Store.AcquireAsync(RateLimitClient.KeyFor(context), _rule!, consume: false);
        return decision.Allowed ? null : decision;
    }

    /// <summary>One failure when the document was refused, or a limited field answered a client error.</summary>
    public async ValueTask CountFailureAsync(HttpContext context, ExecutionResult result, IReadOnlyList<string> limitedFields)
    {
        var failed = !result.Executed || (result.Errors ?? []).Any(error =>
            error is GraphQLFieldError { Code: not GraphQLErrorCodes.InternalServerError and not GraphQLErrorCodes.ServiceUnavailable }
            && error.Path?.FirstOrDefault() is string key
            && limitedFields.Contains(key));
        if (failed)
        {
            await Store.RecordAsync(RateLimitClient.KeyFor(context), _rule!);
        }
    }

    private IRateLimitCounterStore Store => services.GetRequiredService<IRateLimitCounterStore>();
}
