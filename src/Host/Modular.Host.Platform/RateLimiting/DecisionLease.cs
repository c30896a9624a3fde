using System.Threading.RateLimiting;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>A lease that carries the store's decision, so the rejection answer can fill in Retry-After and RateLimit-*.</summary>
internal sealed class DecisionLease(RateLimitDecision decision) : RateLimitLease
{
    public static readonly MetadataName<RateLimitDecision> DecisionMetadata = new("modular.rate-limit-decision");

    /// <summary>Not decided yet: the middleware then asks asynchronously, which is where the store is reached.</summary>
    public static readonly RateLimitLease Pending = new FixedLease(acquired: false);

    public static readonly RateLimitLease Unlimited = new FixedLease(acquired: true);

    public override bool IsAcquired => decision.Allowed;

    public override IEnumerable<string> MetadataNames =>
        decision.Allowed ? [DecisionMetadata.Name] : [DecisionMetadata.Name, MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == DecisionMetadata.Name)
        {
            metadata = decision;
            return true;
        }

        if (!decision.Allowed && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = TimeSpan.FromSeconds(decision.ResetSeconds);
            return true;
        }

        metadata = null;
        return false;
    }
}
