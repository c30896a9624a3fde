using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// Applies a root field's authorization policies (the same <c>user</c>/<c>admin</c> policies as REST's
/// <c>RequireAuthorization</c>) before its resolver runs: no authenticated caller is <c>UNAUTHENTICATED</c>, a policy
/// that refuses the caller is <c>FORBIDDEN</c>; either way the field is null and nothing ran.
/// </summary>
internal sealed class GraphQLAuthorizationMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var policies = context.FieldDefinition.GetPolicies();
        if (policies is null || policies.Count == 0)
        {
            return await next(context);
        }

        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLFieldError(GraphQLErrorCodes.Unauthenticated, "Authentication is required: send a valid access token (Authorization: Bearer ...).");
        }

        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        foreach (var policy in policies)
        {
            if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                throw new GraphQLFieldError(GraphQLErrorCodes.Forbidden, "You are not allowed to do this.");
            }
        }

        return await next(context);
    }
}
