using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Host.Platform.Authentication;

namespace Modular.Host.UnitTests.Authentication;

public sealed class KeyRingLoadTests
{
    [Fact]
    public void Authentication_brings_data_protection_without_its_key_ring_load_at_start()
    {
        var services = new ServiceCollection();
        services.AddModularAuthentication(new ConfigurationBuilder().Build());

        Assert.Contains(services, service => service.ServiceType.Namespace?.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(services, IsKeyRingLoad);
    }

    [Fact]
    public void Authentication_alone_would_load_the_key_ring_at_start()
    {
        var services = new ServiceCollection();
        services.AddAuthentication();

        Assert.Contains(services, IsKeyRingLoad);
        Assert.DoesNotContain(services.RemoveKeyRingLoadAtStart(), IsKeyRingLoad);
    }

    private static bool IsKeyRingLoad(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService)
        && Modular.Host.Platform.Authentication.AuthenticationServiceCollectionExtensions.IsDataProtection(service.ImplementationType);
}
