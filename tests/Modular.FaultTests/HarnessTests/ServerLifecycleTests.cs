using Modular.Testing.Processes;
using Npgsql;
using RabbitMQ.Client;

namespace Modular.FaultTests.HarnessTests;

/// <summary>
/// What the scenarios (and the multi-process tests after them) rely on: servers on leased ports of the range, that
/// stop the way they are told and come back with their data, and leave no process behind.
/// </summary>
public sealed class ServerLifecycleTests
{
    [Fact]
    public async Task Servers_stop_and_start_again_with_their_data_and_leave_nothing_running()
    {
        var services = await BackingServices.StartAsync("harness");
        var root = services.Workspace.Root;
        var processes = new List<ChildProcess>();
        try
        {
            var ports = new[] { services.Postgres.Port, services.RabbitMq.Port, services.Redis.Port };
            Assert.All(ports, port => Assert.InRange(port, LoopbackPorts.Range.First, LoopbackPorts.Range.Last));
            Assert.Equal(ports.Length, ports.Distinct().Count());

            var database = services.Postgres.ConnectionString(services.Database, "Pooling=false");
            await ExecuteAsync(database, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('before the stop');");
            await services.Postgres.StopAsync(UnixSignal.Interrupt);
            await Assert.ThrowsAsync<NpgsqlException>(() => ExecuteAsync(database, "SELECT 1"));
            await services.Postgres.StartAsync();
            Assert.Equal("before the stop", await ScalarAsync(database, "SELECT value FROM kept"));

            var factory = services.RabbitMq.ConnectionFactory();
            await using (var connection = await factory.CreateConnectionAsync())
            await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)))
            {
                await channel.QueueDeclareAsync("kept", durable: true, exclusive: false, autoDelete: false);
                foreach (var text in new[] { "first", "second" })
                {
                    await channel.BasicPublishAsync(string.Empty, "kept", mandatory: true, new BasicProperties { Persistent = true }, System.Text.Encoding.UTF8.GetBytes(text));
                }
            }

            // A graceful stop first: a queue declared moments before a crash can be lost with the broker's unflushed
            // metadata (seen here), which is not what this test is about.
            await services.RabbitMq.StopAsync(UnixSignal.Terminate);
            await services.RabbitMq.StartAsync();
            Assert.Equal("first", await TakeAsync(factory));
            await services.RabbitMq.StopAsync(UnixSignal.Kill);
            Assert.False(services.RabbitMq.IsRunning);
            await services.RabbitMq.StartAsync();
            // A crash may also bring back what was taken just before it (its ack was not on disk yet): at least once.
            var afterCrash = new[] { await TakeAsync(factory), await TakeAsync(factory) };
            Assert.Contains("second", afterCrash);

            await services.Redis.StopAsync();
            Assert.False(services.Redis.IsRunning);
            await services.Redis.StartAsync();
            Assert.True(services.Redis.IsRunning);

            processes.AddRange(new[] { services.Postgres.Process, services.RabbitMq.Process, services.Redis.Process }.OfType<ChildProcess>());
        }
        finally
        {
            await services.DisposeAsync();
        }

        Assert.All(processes, process => Assert.False(process.IsAlive, $"{process.Name} (pid {process.Id}) outlived its server"));
        Assert.False(Directory.Exists(root), $"{root} was not deleted");
    }

    private static async Task<string> TakeAsync(ConnectionFactory factory)
    {
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync("kept", autoAck: true);
        return message is null ? "nothing" : System.Text.Encoding.UTF8.GetString(message.Body.Span);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
