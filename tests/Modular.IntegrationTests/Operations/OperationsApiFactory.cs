using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// The real host with rate limiting on and small budgets (Api 5 per minute, Auth 3 failures per minute), the test-only
/// endpoints, and its log captured. Settings can be overridden per instance (a second instance, another Redis).
/// </summary>
public class OperationsApiFactory : ModularApiFactory
{
    public const int ApiLimit = 5;
    public const int AuthLimit = 3;

    /// <summary>Settings applied after the defaults; set before the host starts.</summary>
    public Dictionary<string, string> Overrides { get; } = [];

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:Api:PermitLimit", ApiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Api:Window", "00:01:00");
        builder.UseSetting("RateLimiting:Auth:PermitLimit", AuthLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Auth:Window", "00:01:00");
        foreach (var (key, value) in Overrides)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, OperationsTestEndpoints>());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
