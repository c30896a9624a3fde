using GraphQL;
using GraphQL.Types;
using Mapster;
using Modular.Identity.Application.Sessions.Logout;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Web.GraphQL;

namespace Modular.Identity.Api.Sessions.Logout;

internal static class LogoutField
{
    public static void Add(ObjectGraphType mutation) =>
        mutation.Field<BooleanGraphType, bool>("logout")
            .Description("Ends the login, as POST /api/identity/logout (204): its refresh tokens stop working at once, its access tokens within 5 seconds; idempotent. Answers true.")
            .Argument<NonNullGraphType<LogoutInputGraphType>>("input")
            .AllowAnonymous()
            .ResolveAsync(async context =>
            {
                var request = await context.ValidAsync(context.GetArgument<LogoutRequest>("input"));
                await context.CommandAsync<LogoutCommand, Unit>(request.Adapt<LogoutCommand>());
                return true;
            });
}
