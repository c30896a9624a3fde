using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>The IETF draft's RateLimit-* fields (and Retry-After on refusals), in whole seconds.</summary>
internal static class RateLimitHeaders
{
    public const string Limit = "RateLimit-Limit";
    public const string Remaining = "RateLimit-Remaining";
    public const string Reset = "RateLimit-Reset";

    public static void Write(HttpResponse response, RateLimitDecision decision)
    {
        response.Headers[Limit] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers[Remaining] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers[Reset] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            response.Headers.RetryAfter = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
