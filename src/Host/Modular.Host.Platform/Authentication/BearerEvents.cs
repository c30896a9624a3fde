using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Modular.Host.Platform.GraphQL;
using Modular.Shared.Application.Security;
using Modular.Shared.Web.Authentication;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.Authentication;

/// <summary>Hub token transport, the <c>crit</c> and account-liveness (and login) checks, and the contract's problem+json for 401 and 403.</summary>
internal sealed class BearerEvents : JwtBearerEvents
{
    public const string HubPathPrefix = "/hubs";

    private const string CriticalHeader = "crit";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        // Browsers cannot set headers on a WebSocket upgrade: hubs also take the token from the query string.
        if (StringValues.IsNullOrEmpty(context.Request.Headers.Authorization)
            && context.Request.Path.StartsWithSegments(HubPathPrefix)
            && context.Request.Query.TryGetValue("access_token", out var token))
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        // RFC 7515, 4.1.11: a token naming a critical extension must be refused by a recipient that understands none.
        if (context.SecurityToken is JsonWebToken token && token.TryGetHeaderValue<object>(CriticalHeader, out _))
        {
            context.Fail("The token's header names critical extensions this server does not understand.");
            return;
        }

        if (context.Principal?.TryGetUserId(out var userId) != true)
        {
            context.Fail("The token has no valid subject.");
            return;
        }

        // Every process, whatever modules it runs: a signed token is served only for an active account (ADR 0021), only
        // while the account's roles are the ones it was issued with (ADR 0041; the client refreshes to get them), and only
        // while its login is open (ADR 0044: a logout or a refresh-token reuse ends it).
        var liveness = context.HttpContext.RequestServices.GetRequiredService<IAccountLiveness>();
        var (rolesVersion, sessionId) = RolesVersionAndSessionOf(context.Principal);
        if (!await liveness.AcceptsTokenAsync(userId, sessionId, rolesVersion, context.HttpContext.RequestAborted))
        {
            context.Fail("The token's subject is not an active account, its roles changed since the token was issued, or its login was ended.");
        }
    }

    /// <summary>
    /// The token's roles version (0 without one: issued before versions existed) and session id (null without one: issued
    /// before tokens named their login), the first of each claim, in one pass over the claims (this runs on every request).
    /// </summary>
    internal static (int RolesVersion, Guid? SessionId) RolesVersionAndSessionOf(ClaimsPrincipal principal)
    {
        string? version = null, session = null;
        foreach (var claim in principal.Claims)
        {
            if (version is null && claim.Type == JwtClaimNames.RolesVersion)
            {
                version = claim.Value;
            }
            else if (session is null && claim.Type == JwtClaimNames.SessionId)
            {
                session = claim.Value;
            }
        }

        return (
            int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var rolesVersion) ? rolesVersion : 0,
            Guid.TryParse(session, out var sessionId) ? sessionId : null);
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var detail = context.AuthenticateFailure is null ? "A bearer access token is required." : "The access token is invalid or expired.";
        // A GraphQL client reads GraphQL errors: the same 401 and challenge, the body an UNAUTHENTICATED error (as RATE_LIMITED's 429).
        if (GraphQLEndpoints.IsGraphQLEndpoint(context.HttpContext))
        {
            await GraphQLResponses.WriteUnauthenticatedAsync(context.HttpContext, detail);
            return;
        }

        await Problems.Result(Problems.Create(context.HttpContext, StatusCodes.Status401Unauthorized, detail))
            .ExecuteAsync(context.HttpContext);
    }

    public override async Task Forbidden(ForbiddenContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await Problems.Result(Problems.Create(context.HttpContext, StatusCodes.Status403Forbidden, "This account is not allowed to do this."))
            .ExecuteAsync(context.HttpContext);
    }
}
