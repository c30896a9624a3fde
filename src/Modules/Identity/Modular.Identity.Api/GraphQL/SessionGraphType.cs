using GraphQL.Types;
using Modular.Identity.Application.Sessions;

namespace Modular.Identity.Api.GraphQL;

/// <summary>What login and refresh answer, as in REST: <c>{accessToken, tokenType, expiresIn, refreshToken, user}</c>.</summary>
internal sealed class SessionGraphType : ObjectGraphType<SessionTokens>
{
    public SessionGraphType()
    {
        Name = "Session";
        Field(session => session.AccessToken).Description("JWT to send as Authorization: Bearer <accessToken>.");
        Field(session => session.TokenType).Description("Always Bearer.");
        Field(session => session.ExpiresIn).Description("Seconds until the access token expires.");
        Field(session => session.RefreshToken).Description("Opaque; exchange it once with refresh for a new session.");
        Field(session => session.User, type: typeof(NonNullGraphType<AccountGraphType>));
    }
}
