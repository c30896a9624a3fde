using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Modular.Host.Platform.Authentication;
using Modular.Host.Platform.Authentication.TokenCache;

namespace Modular.Host.UnitTests.Authentication.TokenCache;

public sealed class AccessTokenCacheRegistrationTests
{
    [Fact]
    public void The_bearer_scheme_validates_through_the_cache_with_the_contract_s_short_claim_names()
    {
        using var provider = Provider();

        var handler = Assert.Single(provider.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers);

        Assert.IsType<CachingTokenHandler>(handler);
        Assert.Contains(nameof(JsonWebTokenHandler), handler.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_max_age_of_zero_turns_the_cache_off()
    {
        using var provider = Provider(("AccessTokenCache:MaxAge", "00:00:00"));

        var handler = Assert.Single(provider.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers);

        Assert.False(Assert.IsType<JsonWebTokenHandler>(handler).MapInboundClaims);
    }

    [Fact]
    public void The_defaults_are_valid() =>
        Assert.Empty(Failures());

    [Theory]
    [InlineData("AccessTokenCache:MaxAge", "00:05:01")]
    [InlineData("AccessTokenCache:MaxAge", "-00:00:01")]
    [InlineData("AccessTokenCache:SizeLimit", "0")]
    public void Out_of_range_settings_are_refused(string key, string value) =>
        Assert.Contains(key, Assert.Single(Failures((key, value))), StringComparison.Ordinal);

    private static ServiceProvider Provider(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Jwt:SigningKey", "unit-test-signing-key-of-enough-length-0123456789"), .. settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value))])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" });
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddModularAuthentication(configuration);
        return services.BuildServiceProvider();
    }

    private static IReadOnlyList<string> Failures(params (string Key, string? Value)[] settings) =>
        OptionsValidation.Failures<AccessTokenCacheOptions>(
            (services, configuration) => services.AddModularAuthentication(configuration), "Production", settings);
}
