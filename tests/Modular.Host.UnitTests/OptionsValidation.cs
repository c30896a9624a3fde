using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Modular.Host.UnitTests;

/// <summary>Runs an options registration of the platform on given settings, the way the host resolves it at startup.</summary>
internal static class OptionsValidation
{
    /// <summary>The validation failures of <typeparamref name="TOptions"/>; empty when the settings are valid.</summary>
    public static IReadOnlyList<string> Failures<TOptions>(
        Action<IServiceCollection, IConfiguration> register,
        string environment,
        params (string Key, string? Value)[] settings)
        where TOptions : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        register(services, configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<TOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return [.. exception.Failures];
        }
    }
}
