using Modular.Host.Platform.RateLimiting;

namespace Modular.Host.UnitTests.RateLimiting;

public sealed class RateLimitingOptionsTests
{
    [Fact]
    public void The_contract_defaults_are_valid()
    {
        var options = new RateLimitingOptions();

        Assert.Empty(Failures());
        Assert.Equal(100, options.Api.PermitLimit);
        Assert.Equal(5, options.Auth.PermitLimit);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Api.Window);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Auth.Window);
    }

    [Fact]
    public void A_zero_limit_or_window_is_named_in_the_failure()
    {
        var failures = Failures(("RateLimiting:Api:PermitLimit", "0"), ("RateLimiting:Auth:Window", "00:00:00"));

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, failure => failure.Contains("RateLimiting:Api:PermitLimit", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("RateLimiting:Auth:Window", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RateLimiting:StoreTimeout", "00:00:31")]
    [InlineData("RateLimiting:KeyPrefix", " ")]
    [InlineData("RateLimiting:Api:Window", "1.00:00:01")]
    public void Out_of_range_settings_are_refused(string key, string value) =>
        Assert.Contains(key, Assert.Single(Failures((key, value))), StringComparison.Ordinal);

    private static IReadOnlyList<string> Failures(params (string Key, string? Value)[] settings) =>
        OptionsValidation.Failures<RateLimitingOptions>(
            (services, configuration) => services.AddModularRateLimiting(configuration), "Production", settings);
}
