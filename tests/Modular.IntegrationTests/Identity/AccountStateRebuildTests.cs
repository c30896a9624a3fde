using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Shared.Infrastructure.Accounts;
using Modular.Testing;
using Modular.Testing.Processes;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// The rebuild of the account states (ADR 0021) takes a lock so that one instance rebuilds at a time. An instance whose
/// rebuild fails (its PostgreSQL away) hands the lock back at once: kept until it expired (2 minutes), no instance could
/// publish the states meanwhile. A clean-clone run met it: a test host with its database stopped left the shared lock.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountStateRebuildTests(ModularApiFactory factory)
{
    [Fact]
    public async Task A_rebuild_that_fails_on_its_database_releases_the_lock_and_a_healthy_instance_publishes_at_once()
    {
        using var workspace = ProcessWorkspace.Create("account-state-rebuild");
        await using var redis = await RedisServer.StartAsync(workspace);
        var connection = $"{redis.ConnectionString},connectTimeout=1000";
        using var store = AccountStateStore.Connect(connection);
        var logs = new CapturedLogs();

        await using (var broken = factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", connection)
            .UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=modular;Password=modular;Database=none;Timeout=2")
            .UseSetting("Database:MigrateOnStartup", "false")
            .UseSetting("Identity:AccountStates:SyncInterval", "00:00:30")
            .UseSetting("Messaging:ConsumeEvents", "false")
            .ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs)))))
        {
            broken.CreateClient().Dispose();
            await Eventually.Until(
                () => Task.FromResult(logs.Entries.Any(entry => entry.Message.StartsWith("AccountStateSyncJob failed", StringComparison.Ordinal))),
                failed => failed,
                TimeSpan.FromSeconds(30),
                "the rebuild failing on its database");

            Assert.Contains(logs.Entries, entry => entry.Message.StartsWith("Account states are not published in Redis", StringComparison.Ordinal));
            Assert.False(await store.GetDatabase().KeyExistsAsync(AccountStateKeys.RebuildLock), "the failed rebuild kept its lock");
        }

        await using var healthy = factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", connection)
            .UseSetting("Messaging:ConsumeEvents", "false"));
        healthy.CreateClient().Dispose();
        await AccountStateStore.PublishedAsync(store, TimeSpan.FromSeconds(20));
    }
}
