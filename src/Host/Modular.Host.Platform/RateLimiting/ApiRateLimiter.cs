using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Modular.Host.Platform.GraphQL;
using Modular.Host.Platform.RateLimiting.Store;
using Modular.Shared.Web.RateLimiting;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>
/// The global limiter: every <c>/api</c> (and <c>/graphql</c>) request spends one unit of the caller's <c>RateLimiting:Api</c> budget, so module
/// endpoints need no annotation. It sees the request, so it also puts the RateLimit-* headers on answers that pass.
/// </summary>
internal sealed class ApiRateLimiter(IRateLimitCounterStore store, RateLimitRule rule) : PartitionedRateLimiter<HttpContext>
{
    /// <summary>The requests every budget applies to (the OpenAPI document lists 429 for their operations).</summary>
    public const string PathPrefix = "/api";

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        Applies(resource) ? DecisionLease.Pending : DecisionLease.Unlimited;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!Applies(resource))
        {
            return DecisionLease.Unlimited;
        }

        var decision = await store.AcquireAsync(RateLimitClient.KeyFor(resource), rule);
        RateLimitHeaders.Write(resource.Response, decision);
        return new DecisionLease(decision);
    }

    // An endpoint that names the Api policy itself is counted by that policy, not twice. GraphQL requests are /api
    // requests by another door: the same budget.
    private static bool Applies(HttpContext context) =>
        (context.Request.Path.StartsWithSegments(PathPrefix) || GraphQLEndpoints.IsGraphQL(context))
        && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != RateLimitPolicies.Api;
}
