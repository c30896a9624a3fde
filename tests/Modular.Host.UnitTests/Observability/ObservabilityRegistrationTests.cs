using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Modular.Host.UnitTests.Observability;

public sealed class ObservabilityRegistrationTests
{
    [Fact]
    public void Without_an_otlp_endpoint_there_are_metrics_but_no_trace_pipeline()
    {
        using var provider = Build(endpoint: null);

        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.Null(provider.GetService<TracerProvider>());
    }

    [Fact]
    public void An_otlp_endpoint_turns_trace_export_on()
    {
        using var provider = Build("http://127.0.0.1:4317");

        Assert.NotNull(provider.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://collector:21")]
    public void An_unusable_endpoint_stops_startup_naming_the_setting(string endpoint)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Build(endpoint));

        Assert.Contains("Otlp:Endpoint", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? endpoint)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ObservabilityServiceCollectionExtensions.OtlpEndpointKey] = endpoint })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddModularObservability(configuration);
        return services.BuildServiceProvider();
    }
}
