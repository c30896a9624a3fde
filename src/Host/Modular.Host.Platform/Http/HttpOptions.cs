using System.ComponentModel.DataAnnotations;

namespace Modular.Host.Platform.Http;

/// <summary>Limits of the HTTP front door (section <c>Http</c>).</summary>
internal sealed class HttpOptions
{
    public const string SectionName = "Http";

    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Largest request body accepted; a larger one answers 413 before the endpoint sees it.</summary>
    /// <remarks>The bound is far above any JSON body of the contract; a typo (an extra zero or two) still fails loudly.</remarks>
    [Range(1L, 100L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// Comma-separated addresses and CIDR networks of the reverse proxies in front of the host. A request from one of
    /// them is taken to come from the client its <c>X-Forwarded-For</c> names (the last entry, the one the proxy added)
    /// over the scheme its <c>X-Forwarded-Proto</c> names: rate limits per client address and the request log's client
    /// address then see the client, not the proxy. Empty trusts no forwarded header. Default: loopback (a proxy on the
    /// same machine), as ASP.NET Core's own default.
    /// </summary>
    public string TrustedProxies { get; set; } = "127.0.0.0/8,::1";
}
