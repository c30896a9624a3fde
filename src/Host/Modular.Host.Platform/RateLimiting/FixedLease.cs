using System.Threading.RateLimiting;

namespace Modular.Host.Platform.RateLimiting;

/// <summary>A lease without metadata: either "no limit applies" or "ask again asynchronously".</summary>
internal sealed class FixedLease(bool acquired) : RateLimitLease
{
    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
