using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Identity.Application.Accounts.Register;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Identity.Api.Accounts.Register;

internal static class RegisterField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<RegisteredAccountGraphType, RegisteredAccount>("register")
            .Description("Creates an account with the user role, as POST /api/identity/register. A taken email is CONFLICT.")
            .Argument<NonNullGraphType<RegisterInputGraphType>>("input")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<RegisterRequest>("input"));
                return await context.CommandAsync<RegisterCommand, RegisteredAccount>(request.Adapt<RegisterCommand>());
            });
}
