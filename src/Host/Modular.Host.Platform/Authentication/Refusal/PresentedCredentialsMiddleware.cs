using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.Authentication.Refusal;

/// <summary>
/// A request that presents a bearer token is served only when the token is valid, whatever the endpoint: an expired,
/// tampered, garbage or otherwise refused token (a subject that is not an active account, ADR 0021; roles changed since
/// it was issued) answers the 401 challenge even where no authentication is required (contract: 401 for "no or invalid
/// credentials"; a dead account's token "is 401 everywhere"). Without this, anonymous endpoints silently served such a
/// caller as anonymous. Endpoints marked <see cref="CredentialsIgnored"/> (the orchestrators' probes) are exempt
/// (ADR 0041).
/// </summary>
internal sealed class PresentedCredentialsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true
            && context.GetEndpoint()?.Metadata.GetMetadata<CredentialsIgnored>() is null)
        {
            // The scheme's handler keeps its result for the request: this is the answer UseAuthentication already had.
            var result = await context.AuthenticateAsync();
            if (result is { Succeeded: false, None: false })
            {
                await context.ChallengeAsync();
                return;
            }
        }

        await next(context);
    }
}
