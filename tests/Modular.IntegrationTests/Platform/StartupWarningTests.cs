using System.Net;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Platform;

/// <summary>
/// A correctly configured host starts without a warning from the libraries it configures: operators alert on
/// warnings, and one at every start (FusionCache's "serializer not correctly configured to handle value tuples" was
/// one) teaches them to ignore the channel.
/// </summary>
public sealed class StartupWarningTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task A_healthy_host_starts_and_serves_without_a_library_warning(string environment)
    {
        var logs = new CapturedLogs();
        using var root = new ModularApiFactory();
        using var factory = PlatformHosts.Create(root, environment, logs);
        using var client = factory.CreateClient();

        var ready = await ReadyAsync(client);
        using var product = await client.GetAsync(new Uri($"/api/products/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal(HttpStatusCode.NotFound, product.StatusCode);
        var warnings = logs.Entries
            .Where(entry => entry.Level is >= LogLevel.Warning and < LogLevel.None && !entry.Category.StartsWith("Modular.", StringComparison.Ordinal))
            .Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}")
            .ToList();
        Assert.True(warnings.Count == 0, string.Join('\n', warnings));
    }

    // Readiness waits for the start-up work (migrations, the broker's topology).
    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client)
    {
        using var ready = await Eventually.Until(
            () => client.GetAsync(new Uri("/health/ready", UriKind.Relative)), response => response.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the host ready");
        return ready.StatusCode;
    }
}
