using Modular.Host.Platform.RateLimiting;

namespace Modular.Host.UnitTests.RateLimiting;

public sealed class RateLimitingOptionsValidatorTests
{
    private readonly RateLimitingOptionsValidator _validator = new();

    [Fact]
    public void The_contract_defaults_are_valid()
    {
        var options = new RateLimitingOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal(100, options.Api.PermitLimit);
        Assert.Equal(5, options.Auth.PermitLimit);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Api.Window);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Auth.Window);
    }

    [Fact]
    public void A_zero_limit_or_window_is_named_in_the_failure()
    {
        var options = new RateLimitingOptions();
        options.Api.PermitLimit = 0;
        options.Auth.Window = TimeSpan.Zero;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("RateLimiting:Api:PermitLimit", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("RateLimiting:Auth:Window", result.FailureMessage, StringComparison.Ordinal);
    }
}
