using System.Net;

namespace Modular.Host.Platform.Http;

/// <summary>
/// <c>Http:TrustedProxies</c> read: comma-separated addresses (<c>10.0.0.5</c>) and CIDR networks (<c>172.16.0.0/12</c>)
/// of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the host believes.
/// </summary>
internal sealed record TrustedProxies(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<IPNetwork> Networks)
{
    /// <summary>The entries, or the first one that is neither an address nor a network.</summary>
    public static bool TryParse(string? value, out TrustedProxies proxies, out string? invalid)
    {
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        invalid = null;
        foreach (var entry in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            {
                addresses.Add(address);
            }
            else
            {
                invalid ??= entry;
            }
        }

        proxies = new TrustedProxies(addresses, networks);
        return invalid is null;
    }
}
