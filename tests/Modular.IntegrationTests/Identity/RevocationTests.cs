using System.Diagnostics;
using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Testing;
using Modular.Users.IntegrationEvents;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RevocationTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_deletion_is_enforced_on_every_instance_within_5_seconds()
    {
        await using var other = factory.WithWebHostBuilder(_ => { });
        var first = new IdentityClient(factory.CreateClient());
        var second = new IdentityClient(other.CreateClient());
        var session = await first.SignUpAsync();
        // Both instances have just answered "not revoked" for this user and may cache that answer.
        Assert.Equal(HttpStatusCode.OK, (await first.MeAsync(session.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.MeAsync(session.AccessToken)).StatusCode);
        await WaitForBusAsync(factory);
        await WaitForBusAsync(other);

        var deleted = Stopwatch.StartNew();
        await factory.Services.GetRequiredService<IBus>().Publish(new UserDeleted(Guid.CreateVersion7(), DateTimeOffset.UtcNow, session.UserId));

        await Task.WhenAll(
            Eventually.Until(() => first.MeAsync(session.AccessToken), response => response.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "refused on the first instance"),
            Eventually.Until(() => second.MeAsync(session.AccessToken), response => response.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(5), "refused on the second instance"));
        Assert.True(deleted.Elapsed < TimeSpan.FromSeconds(5), $"refused everywhere after {deleted.Elapsed}");
    }

    private static Task WaitForBusAsync(WebApplicationFactory<Program> host)
    {
        var bus = host.Services.GetRequiredService<IBusControl>();
        return Eventually.Until(() => Task.FromResult(bus.CheckHealth().Status), status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus ready");
    }
}
