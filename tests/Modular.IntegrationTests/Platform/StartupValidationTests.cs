using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Platform;

/// <summary>A missing or invalid setting stops the host before it serves, with a message naming the setting.</summary>
public sealed class StartupValidationTests
{
    public static TheoryData<string, string, string, string> RefusedSettings => new()
    {
        { "Production", "Jwt:SigningKey", "", "Jwt:SigningKey is missing" },
        { "Testing", "Jwt:SigningKey", new string('k', 31), "Jwt:SigningKey is 31 bytes" },
        { "Production", "Jwt:SigningKey", "development-only-signing-key-never-use-elsewhere-0123456789", "Jwt:SigningKey is the development key" },
        { "Production", "Cors:AllowedOrigins", "https://app.example.test,*", "Cors:AllowedOrigins contains '*'" },
        { "Testing", "Cors:AllowedOrigins", "*", "Cors:AllowedOrigins contains '*'" },
        { "Testing", "Cors:AllowedOrigins", "https://app.example.test/path", "Cors:AllowedOrigins entry 'https://app.example.test/path'" },
        { "Testing", "Http:MaxRequestBodyBytes", "0", "Http:MaxRequestBodyBytes must be between 1 and 104857600 (environment variable Http__MaxRequestBodyBytes)" },
        { "Testing", "ShutdownTimeoutSeconds", "0", "ShutdownTimeoutSeconds must be between 1 and 600" },
        { "Testing", "Jwt:AccessTokenMinutes", "0", "Jwt:AccessTokenMinutes must be between 1 and 1440" },
        { "Testing", "Database:CommandTimeoutSeconds", "0", "Database:CommandTimeoutSeconds must be between 1 and 3600" },
        { "Testing", "Messaging:PrefetchCount", "0", "Messaging:PrefetchCount must be between 1 and 10000" },
        { "Testing", "Identity:Password:WorkFactor", "9", "Identity:Password:WorkFactor must be between 10 and 16" },
        { "Testing", "Users:Cache:Expiration", "00:00:00", "Users:Cache:Expiration must be between 00:00:01 and 1.00:00:00" },
        { "Testing", "Orders:PendingTimeoutMinutes", "0", "Orders:PendingTimeoutMinutes must be between 1 and 10080" },
        { "Testing", "Notifications:RedisChannelPrefix", "two words", "Notifications:RedisChannelPrefix must match" },
        { "Testing", "OpenApi:ServerUrl", "api.example.test", "OpenApi:ServerUrl is neither an http(s) URL" },
        { "Testing", "OpenApi:ServerUrl", "//api.example.test", "OpenApi:ServerUrl is neither an http(s) URL" },
        { "Testing", "OpenApi:ServerUrl", "ftp://api.example.test", "OpenApi:ServerUrl is neither an http(s) URL" },
        { "Testing", "OpenApi:ServerUrl", "https://api.example.test/?tenant=1", "OpenApi:ServerUrl is neither an http(s) URL" },
        { "Testing", "Modules:Enabled", "Orders,Bogus", "Modules:Enabled (environment variable Modules__Enabled) has entries that name no module: 'Bogus'" },
        { "Testing", "Modules:Enabled", "", "Modules:Enabled (environment variable Modules__Enabled) has entries that name no module: an empty name" },
        { "Testing", "Modules:Enabled", "Orders,,Users", "has entries that name no module: an empty name; list modules among Identity, Users, Orders, Notifications" },
        { "Testing", "ConnectionStrings:Postgres", "", "ConnectionStrings:Postgres (environment variable ConnectionStrings__Postgres) is not set" },
        { "Testing", "ConnectionStrings:RabbitMq", "", "ConnectionStrings:RabbitMq (environment variable ConnectionStrings__RabbitMq) is not set" },
        { "Testing", "ConnectionStrings:RabbitMq", "http://not-amqp", "ConnectionStrings:RabbitMq (environment variable ConnectionStrings__RabbitMq) is not an amqp" },
        { "Testing", "ConnectionStrings:Redis", "", "ConnectionStrings:Redis (environment variable ConnectionStrings__Redis) is not set" },
    };

    [Theory]
    [MemberData(nameof(RefusedSettings))]
    public void The_host_refuses_to_start_with_one_line_naming_the_setting(string environment, string key, string value, string expectedMessage)
    {
        var logs = new CapturedLogs();
        using var root = new ModularApiFactory();
        using var factory = PlatformHosts.Create(root, environment, logs, (key, value));

        var exception = Record.Exception(() => factory.Services);

        Assert.NotNull(exception);
        var refusals = logs.Entries.Where(entry => entry.Category == "Modular.Startup").ToList();
        Assert.True(refusals.Count == 1, $"expected one refusal line; the host failed with: {exception}");
        var refusal = refusals[0];
        Assert.Equal(LogLevel.Critical, refusal.Level);
        Assert.StartsWith("Invalid configuration, the host will not start: ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);
    }

    [Fact]
    public async Task A_wildcard_origin_is_allowed_in_development_which_sends_no_hsts()
    {
        using var root = new ModularApiFactory();
        using var factory = PlatformHosts.Create(root, "Development", new CapturedLogs(), ("Cors:AllowedOrigins", "*"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", "https://anything.example.test");

        var response = await client.SendAsync(request);

        // Credentials are allowed (ADR 0023), so the answer names the origin: browsers refuse '*' on a credentialed request.
        Assert.Equal("https://anything.example.test", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
