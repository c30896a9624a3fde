using System.Net;
using Modular.Host.Platform.Http;

namespace Modular.Host.UnitTests.Http;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void Addresses_and_networks_are_read_apart_and_empty_trusts_nobody()
    {
        Assert.True(TrustedProxies.TryParse(" 10.0.0.5, 172.16.0.0/12 ,::1,fd00::/8", out var proxies, out _));
        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.IPv6Loopback], proxies.Addresses);
        Assert.Equal([IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("fd00::/8")], proxies.Networks);

        Assert.True(TrustedProxies.TryParse("", out var none, out _));
        Assert.Empty(none.Addresses);
        Assert.Empty(none.Networks);
    }

    [Theory]
    [InlineData("10.0.0.0/33", "10.0.0.0/33")]
    [InlineData("proxy.internal", "proxy.internal")]
    [InlineData("10.0.0.1,10.0.0.0/8/1", "10.0.0.0/8/1")]
    public void An_entry_that_is_neither_stops_the_host_naming_it(string value, string entry)
    {
        var result = new HttpOptionsValidator().Validate(null, new HttpOptions { TrustedProxies = value });

        Assert.True(result.Failed);
        Assert.Contains($"Http:TrustedProxies entry '{entry}'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_trusts_a_proxy_on_the_same_machine()
    {
        Assert.True(TrustedProxies.TryParse(new HttpOptions().TrustedProxies, out var proxies, out _));

        Assert.Contains(proxies.Networks, network => network.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.Contains(IPAddress.IPv6Loopback, proxies.Addresses);
    }
}
