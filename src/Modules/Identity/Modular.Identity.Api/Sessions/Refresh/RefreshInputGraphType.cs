using GraphQL.Types;

namespace Modular.Identity.Api.Sessions.Refresh;

/// <summary>The body of <c>POST /api/identity/refresh</c>.</summary>
internal sealed class RefreshInputGraphType : InputObjectGraphType<RefreshRequest>
{
    public RefreshInputGraphType()
    {
        Name = "RefreshInput";
        Field(request => request.RefreshToken, nullable: true).Description("Required: the refresh token of the session.");
    }
}
