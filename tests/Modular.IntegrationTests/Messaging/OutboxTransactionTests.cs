using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Testing;
using Modular.Testing.Probe;

namespace Modular.IntegrationTests.Messaging;

[Collection(MessagingCollection.Name)]
public sealed class OutboxTransactionTests
{
    [Fact]
    public async Task A_change_and_its_event_commit_together_and_a_rollback_publishes_nothing()
    {
        await using var host = await ProbeHost.StartAsync();
        var rolledBack = Guid.CreateVersion7();
        var committed = Guid.CreateVersion7();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await using (var transaction = await context.Database.BeginTransactionAsync())
            {
                context.Add(ProbeItem.Create(rolledBack, "rolled back"));
                await context.SaveChangesAsync();
                // Inside the transaction the event is staged next to the change; outside, neither exists yet.
                var staged = await context.Database
                    .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM probe.outbox_messages WHERE (content->>'itemId')::uuid = {rolledBack}")
                    .SingleAsync();
                Assert.Equal(1, staged);
                Assert.Equal(0, await ProbeDatabase.OutboxRowsAsync(rolledBack));
                await transaction.RollbackAsync();
            }

            context.ChangeTracker.Clear();
            context.Add(ProbeItem.Create(committed, "committed"));
            await context.SaveChangesAsync();
        }

        Assert.Equal(1, await ProbeDatabase.ItemsAsync(committed));
        Assert.Equal(1, await ProbeDatabase.OutboxRowsAsync(committed));
        await Eventually.Until(() => ProbeDatabase.ReceiptsAsync(committed), count => count == 1, TimeSpan.FromSeconds(10), "the committed event's receipt");

        Assert.Equal(0, await ProbeDatabase.ItemsAsync(rolledBack));
        Assert.Equal(0, await ProbeDatabase.OutboxRowsAsync(rolledBack));
        Assert.Equal(0, await ProbeDatabase.ReceiptsAsync(rolledBack));
        await Eventually.Until(() => ProbeDatabase.UnrelayedAsync([committed]), pending => pending == 0, TimeSpan.FromSeconds(10), "the row marked relayed");
    }

    [Fact]
    public async Task Every_published_event_has_its_contract_exchange_before_anything_is_published()
    {
        await using var host = await ProbeHost.StartAsync();
        using var rabbit = new RabbitManagement();

        var exchanges = await rabbit.ExchangesAsync();

        Assert.Contains(("tests.probe-happened", "fanout", true), exchanges);
    }
}
