using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.FaultTests.Harness;
using Modular.FaultTests.Load;
using Modular.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>
/// Scenario 4: the host SIGKILLed mid-load, in the middle of a burst of order placements (mid-request, mid-commit,
/// mid-relay), and a new process started on the same port.
/// </summary>
public sealed class HostKillTests(ITestOutputHelper output)
{
    private const int Burst = 40;

    [Fact]
    public async Task Nothing_committed_is_lost_and_the_new_process_relays_what_the_old_one_left()
    {
        var settings = new ScenarioSettings("4-host-killed", Seed: 1704)
        {
            Readiness = ReadinessExpectation.HostAbsentDuringFault,
            HostDownDuringFault = true,
            // The killed relay may have published rows it had not yet marked: the new one publishes them again.
            RedeliveryPossible = true,
        };
        await using var scenario = await FaultScenario.StartAsync(settings, output);
        var notes = string.Empty;

        var report = await scenario.RunAsync(
            async run =>
            {
                var burst = await StartBurstAsync(run);
                // Killed once some of the burst is committed and answered while the rest is still in flight.
                await Eventually.Until(() => Task.FromResult(burst.Count(placement => placement.Status == 201)), answered => answered >= Burst / 4, TimeSpan.FromSeconds(30), "a quarter of the burst answered");
                var start = run.Clock.Now;
                await run.Host.KillAsync();
                var leftBehind = await UnrelayedAsync(run);
                notes = string.Create(CultureInfo.InvariantCulture, $"killed during a burst of {Burst} placements ({burst.Count(placement => placement.Status == 201)} answered 201 by then); {leftBehind} outbox rows were left unrelayed by the killed process");
                run.Host.Start();
                await run.Host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
                return new FaultWindow(start, run.Clock.Now, "host SIGKILL, new process started");
            },
            _ => Task.FromResult(notes));

        Assert.True(report.Passed, report.ToString());
    }

    /// <summary>A user of its own fires <see cref="Burst"/> placements at once; each is recorded like the load's.</summary>
    private static async Task<List<Placement>> StartBurstAsync(FaultScenario run)
    {
        var http = new HttpClient { BaseAddress = run.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var registered = await http.PostAsJsonAsync("/api/identity/register", new { name = "Burst", email = "burst@faults.test", password = LoadUser.Password });
        registered.EnsureSuccessStatusCode();
        var userId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var login = await http.PostAsJsonAsync("/api/identity/login", new { email = "burst@faults.test", password = LoadUser.Password });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var placements = Enumerable.Range(0, Burst)
            .Select(index => new Placement(userId, $"burst-{index}", [(run.Catalog.Products[index % run.Catalog.Products.Count].Id, 1)]))
            .ToList();
        run.ExtraPlacements.AddRange(placements);
        var sending = Task.WhenAll(placements.Select(placement => PlaceAsync(http, placement, run.Clock)));
        _ = sending.ContinueWith(_ => http.Dispose(), TaskScheduler.Default);
        return placements;
    }

    private static async Task PlaceAsync(HttpClient http, Placement placement, ScenarioClock clock)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new { items = placement.Lines.Select(line => new { productId = line.ProductId, quantity = line.Quantity }) }),
        };
        request.Headers.Add("Idempotency-Key", placement.IdempotencyKey);
        try
        {
            using var response = await http.SendAsync(request);
            placement.OrderId = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
            placement.Status = (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            placement.Status = -1;
        }

        placement.AnsweredAt = clock.Now;
    }

    private static async Task<int> UnrelayedAsync(FaultScenario run)
    {
        await using var connection = new NpgsqlConnection(run.Services.Postgres.ConnectionString(run.Services.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM identity.outbox_messages WHERE processed_at IS NULL) + (SELECT count(*) FROM users.outbox_messages WHERE processed_at IS NULL) + (SELECT count(*) FROM orders.outbox_messages WHERE processed_at IS NULL)",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
