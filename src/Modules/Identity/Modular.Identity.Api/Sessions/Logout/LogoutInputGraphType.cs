using GraphQL.Types;

namespace Modular.Identity.Api.Sessions.Logout;

/// <summary>The body of <c>POST /api/identity/logout</c>.</summary>
internal sealed class LogoutInputGraphType : InputObjectGraphType<LogoutRequest>
{
    public LogoutInputGraphType()
    {
        Name = "LogoutInput";
        Field(request => request.RefreshToken, nullable: true).Description("Required: the refresh token of the session to end.");
    }
}
