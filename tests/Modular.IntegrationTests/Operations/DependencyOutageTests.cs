using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.Persistence;
using Modular.IntegrationTests.Platform;
using Modular.Testing;
using Modular.Testing.Processes;
using Npgsql;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// A request that needs PostgreSQL while it cannot be reached answers 503 problem+json with Retry-After (not 500),
/// however the outage shows (refused, reset mid-connection, a silent network), and the host recovers by itself.
/// The fault suite (tests/Modular.FaultTests) runs the same under load with the real processes.
/// </summary>
public sealed class DependencyOutageTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Requests_needing_a_database_that_refuses_connections_answer_503_with_retry_after()
    {
        await using var factory = new DependencyOutageApiFactory(WithPort(TestEnvironment.Postgres, ClosedPort()), migrate: false);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Guid.NewGuid(), "outage@tests.local"));

        await AssertUnavailableAsync(await client.GetAsync("/api/products"));
        await AssertUnavailableAsync(await client.GetAsync("/api/orders"));
        await AssertUnavailableAsync(await client.PostAsJsonAsync("/api/identity/login", new { email = "nobody@tests.local", password = "whatever-password" }));
        await AssertUnavailableAsync(await client.PostAsJsonAsync("/api/orders", new { items = new[] { new { productId = Guid.NewGuid(), quantity = 1 } } }));
    }

    [Fact]
    public async Task Pooled_connections_reset_by_the_network_answer_503_and_the_pool_heals_once_the_network_is_back()
    {
        await using var link = TcpForwarder.Start(Port(TestEnvironment.Postgres));
        await using var factory = new DependencyOutageApiFactory(WithPort(TestEnvironment.Postgres, link.Port), migrate: true);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products")).StatusCode);

        link.Stop();
        await AssertUnavailableAsync(await client.GetAsync("/api/products"));

        link.Start();
        await Eventually.Until(() => client.GetAsync("/api/products"), response => response.StatusCode == HttpStatusCode.OK, Recovery, "the pool to heal");
    }

    [Fact]
    public async Task A_silent_network_answers_503_instead_of_hanging_and_the_host_recovers_when_it_heals()
    {
        await using var link = TcpForwarder.Start(Port(TestEnvironment.Postgres));
        await using var factory = new DependencyOutageApiFactory(WithPort(TestEnvironment.Postgres, link.Port), migrate: true);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/products")).StatusCode);

        link.Partition();
        // Both a pooled connection whose command times out, and a new one whose connect does.
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.GetAsync("/api/products")));
        foreach (var answer in answers)
        {
            await AssertUnavailableAsync(answer);
        }

        link.Heal();
        await Eventually.Until(() => client.GetAsync("/api/products"), response => response.StatusCode == HttpStatusCode.OK, Recovery, "the host to use the database again");
    }

    [Fact]
    public async Task Migrations_wait_for_a_database_that_cannot_be_reached_yet_instead_of_failing_the_start()
    {
        await using var link = TcpForwarder.Start(Port(TestEnvironment.Postgres));
        await using var factory = new DependencyOutageApiFactory(WithPort(TestEnvironment.Postgres, link.Port), migrate: false);
        var migrator = factory.Services.GetRequiredService<DatabaseMigrator>();

        link.Stop();
        var migrating = migrator.MigrateAsync(CancellationToken.None);
        await Eventually.Until(
            () => Task.FromResult(factory.Logs.Entries.Count(entry => entry.Message.StartsWith("Migrations: the database cannot be reached", StringComparison.Ordinal))),
            retries => retries > 0,
            Recovery,
            "a migration attempt to fail and be retried");
        link.Start();

        await migrating.WaitAsync(Recovery);
        Assert.True(migrating.IsCompletedSuccessfully);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        var text = body.GetRawText();
        Assert.DoesNotContain("Npgsql", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }

    private static int Port(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Port;

    private static string WithPort(string connectionString, int port) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Port = port }.ConnectionString;

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
