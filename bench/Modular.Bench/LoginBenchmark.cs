extern alias host;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.Testing;
using HostProgram = host::Program;

namespace Modular.Bench;

/// <summary>
/// POST /api/identity/login through the whole host pipeline (in process, rate limits off) with a number of concurrent
/// clients; reports latency percentiles and successful logins per second. The host and the clients share the machine.
/// </summary>
internal static class LoginBenchmark
{
    private const string Password = "correct horse battery";

    public static async Task RunAsync(int logins, int concurrency)
    {
        // The factory looks for the host's folder next to a solution file; the copied build output serves as well.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MODULAR_HOST", AppContext.BaseDirectory);
        await using var factory = new WebApplicationFactory<HostProgram>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Postgres", TestEnvironment.Postgres)
            .UseSetting("ConnectionStrings:RabbitMq", TestEnvironment.RabbitMq)
            .UseSetting("ConnectionStrings:Redis", TestEnvironment.Redis)
            .UseSetting("Database:MigrateOnStartup", "true")
            .UseSetting("Jwt:SigningKey", TestEnvironment.JwtSigningKey)
            .UseSetting("Jwt:Issuer", TestEnvironment.JwtIssuer)
            .UseSetting("Jwt:Audience", TestEnvironment.JwtAudience)
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        using var client = factory.CreateClient();
        var email = $"bench-{Guid.NewGuid():N}@bench.local";
        (await client.PostAsJsonAsync("/api/identity/register", new { name = "Bench", email, password = Password })).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/identity/login", new { email, password = Password })).EnsureSuccessStatusCode();
        }

        var latencies = new double[logins];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < logins)
            {
                var started = Stopwatch.GetTimestamp();
                (await client.PostAsJsonAsync("/api/identity/login", new { email, password = Password })).EnsureSuccessStatusCode();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var elapsed = clock.Elapsed;

        Array.Sort(latencies);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"login: {logins} logins, {concurrency} concurrent clients: p50 {latencies[logins / 2]:0.0} ms, p99 {latencies[(int)(logins * 0.99)]:0.0} ms, {logins / elapsed.TotalSeconds:0.0} logins/s"));
    }
}
