using Ardalis.Result;
using Microsoft.AspNetCore.Http;

namespace Modular.Identity.Api;

internal static class BearerChallenge
{
    /// <summary>The contract's 401s carry <c>WWW-Authenticate: Bearer</c>, credential failures of these endpoints too.</summary>
    public static Result<T> ChallengeWhenUnauthorized<T>(this Result<T> result, HttpContext httpContext)
    {
        if (result.Status == ResultStatus.Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return result;
    }
}
