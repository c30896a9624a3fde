using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Identity.Api.GraphQL;
using Modular.Identity.Application.Sessions;
using Modular.Identity.Application.Sessions.Refresh;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.Sessions.Refresh;

internal static class RefreshField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<SessionGraphType, SessionTokens>("refresh")
            .Description("Rotates a refresh token, as POST /api/identity/refresh: a new session; the old token stops working. A used or unknown token is UNAUTHENTICATED; a used one also ends the login (its access tokens within 5 seconds).")
            .Argument<NonNullGraphType<RefreshInputGraphType>>("input")
            .AllowAnonymous()
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<RefreshRequest>("input"));
                return await context.CommandAsync<RefreshCommand, SessionTokens>(request.Adapt<RefreshCommand>());
            });
}
