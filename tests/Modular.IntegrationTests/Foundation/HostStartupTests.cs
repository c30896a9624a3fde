using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.Persistence;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Testing;
using Modular.Users.Infrastructure.Persistence;
using Npgsql;

namespace Modular.IntegrationTests.Foundation;

[Collection(ApiCollection.Name)]
public sealed class HostStartupTests(ModularApiFactory factory)
{
    [Fact]
    public async Task Liveness_answers_200_while_the_process_runs()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Readiness_reports_every_dependency_healthy()
    {
        using var client = factory.CreateClient();

        var response = await Eventually.Until(
            () => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "readiness");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()).ToList();
        Assert.Contains("postgres", checks);
        Assert.Contains("redis", checks);
        Assert.Contains("rabbitmq", checks);
    }

    [Theory]
    [InlineData(typeof(UsersDbContext), "users")]
    [InlineData(typeof(IdentityDbContext), "identity")]
    [InlineData(typeof(OrdersDbContext), "orders")]
    [InlineData(typeof(NotificationsDbContext), "notifications")]
    public async Task Every_module_schema_has_all_its_migrations_applied(Type contextType, string schema)
    {
        _ = factory.Services;
        await using var scope = factory.Services.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);

        var known = context.Database.GetMigrations().ToList();
        var applied = await AppliedMigrationsAsync(schema);

        Assert.NotEmpty(known);
        Assert.Equal(known, applied);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [InlineData("users")]
    [InlineData("identity")]
    [InlineData("orders")]
    [InlineData("notifications")]
    public async Task No_module_outbox_notifies_on_commit(string schema)
    {
        // A NOTIFY at commit takes PostgreSQL's global notify lock: relays are woken in memory instead (ADR 0035).
        _ = factory.Services;
        var table = $"\"{schema}\".outbox_messages";

        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM pg_class WHERE oid = to_regclass(@table)", table, schema));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(@table) AND NOT tgisinternal", table, schema));
        Assert.Equal(0L, await ScalarAsync(
            "SELECT count(*) FROM pg_proc JOIN pg_namespace ON pg_namespace.oid = pronamespace WHERE nspname = @schema AND prosrc ILIKE '%pg_notify%'",
            table,
            schema));
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_json_404()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("https://httpstatuses.io/404", body.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("traceId").GetString()));
    }

    private static async Task<long> ScalarAsync(string sql, string table, string schema)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("schema", schema);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> AppliedMigrationsAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT migration_id FROM \"{schema}\".__ef_migrations_history ORDER BY migration_id", connection);
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
