using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Host.Platform.GraphQL;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>The 429 answer (a GraphQL <c>RATE_LIMITED</c> error on <c>/graphql</c>): problem+json with Retry-After and the RateLimit-* headers of the budget that ran out.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = 60L;
        if (context.Lease.TryGetMetadata(DecisionLease.DecisionMetadata, out var decision))
        {
            RateLimitHeaders.Write(http.Response, decision);
            retryAfter = decision.ResetSeconds;
        }
        else
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                retryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            }

            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRejection).FullName!);
        RateLimitingLog.Rejected(logger, http.Request.Path, RateLimitClient.KeyFor(http), retryAfter);

        if (GraphQLEndpoints.IsGraphQLEndpoint(http))
        {
            await GraphQLResponses.WriteRateLimitedAsync(http, "RateLimiting:Api", retryAfter);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problem = Problems.Create(http, StatusCodes.Status429TooManyRequests, $"Too many requests; retry after {retryAfter} seconds.");
        await Problems.Result(problem).ExecuteAsync(http);
    }
}
