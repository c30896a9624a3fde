using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Login;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Identity.Api.Sessions.Login;

internal static class LoginField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<SessionGraphType, SessionTokens>("login")
            .Description("Exchanges email and password for an access token and a refresh token, as POST /api/identity/login. Wrong credentials are UNAUTHENTICATED.")
            .Argument<NonNullGraphType<LoginInputGraphType>>("input")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<LoginRequest>("input"));
                return await context.CommandAsync<LoginCommand, SessionTokens>(request.Adapt<LoginCommand>());
            });
}
