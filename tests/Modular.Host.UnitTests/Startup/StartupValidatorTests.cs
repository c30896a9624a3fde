using System.Globalization;
using Microsoft.Extensions.Hosting.Internal;
using Modular.Host.Platform.Http;
using Modular.Host.Platform.Security;
using Modular.Host.Platform.Shutdown;
using Modular.Host.Platform.Startup;

namespace Modular.Host.UnitTests.Startup;

public sealed class StartupValidatorTests
{
    [Theory]
    [InlineData("", "Production", true)]
    [InlineData("https://app.example.com, http://localhost:5173/", "Production", true)]
    [InlineData("*", "Development", true)]
    [InlineData("*", "Production", false)]
    [InlineData("https://a.example.com,*", "Staging", false)]
    [InlineData("app.example.com", "Development", false)]
    [InlineData("https://app.example.com/path", "Production", false)]
    [InlineData("ftp://app.example.com", "Production", false)]
    public void Cors_origins(string origins, string environment, bool valid)
    {
        var validator = new CorsSettingsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new CorsSettings { AllowedOrigins = origins });

        Assert.Equal(valid, result.Succeeded);
        Assert.True(valid || result.FailureMessage!.Contains("Cors:AllowedOrigins", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(HttpOptions.DefaultMaxRequestBodyBytes, true)]
    [InlineData(100L * 1024 * 1024, true)]
    [InlineData((100L * 1024 * 1024) + 1, false)]
    public void Body_limit(long bytes, bool valid)
    {
        var failures = OptionsValidation.Failures<HttpOptions>(
            (services, configuration) => services.AddModularHttpLimits(configuration),
            "Production",
            ("Http:MaxRequestBodyBytes", bytes.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, failure => Assert.Contains("Http:MaxRequestBodyBytes", failure, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void Shutdown_timeout(int seconds, bool valid)
    {
        var failures = OptionsValidation.Failures<ShutdownOptions>(
            (services, configuration) => services.AddModularGracefulShutdown(configuration),
            "Production",
            ("ShutdownTimeoutSeconds", seconds.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, failure => Assert.Contains("ShutdownTimeoutSeconds", failure, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("abc", 30)]
    [InlineData("0", 30)]
    [InlineData("45", 45)]
    public void The_host_timeout_falls_back_to_the_default_until_validation_refuses_the_value(string? configured, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ShutdownOptions.TimeoutFrom(configured));

    [Fact]
    public void Connection_strings_name_every_missing_or_malformed_one_without_echoing_it()
    {
        var result = new ConnectionStringsValidator().Validate(null, new ConnectionStrings
        {
            Postgres = "Host=127.0.0.1;Password=hunter2;Bogus Key=1",
            RabbitMq = "http://user:hunter2@host/",
            Redis = " ",
        });

        Assert.False(result.Succeeded);
        Assert.Contains("ConnectionStrings:Postgres", result.FailureMessage!, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:RabbitMq", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Redis", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_formed_connection_strings_pass()
    {
        var result = new ConnectionStringsValidator().Validate(null, new ConnectionStrings
        {
            Postgres = "Host=127.0.0.1;Port=5432;Database=modular;Username=modular;Password=modular",
            RabbitMq = "amqp://modular:modular@127.0.0.1:5672/",
            Redis = "127.0.0.1:6379,abortConnect=false",
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
