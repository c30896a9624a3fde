using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.FaultTests.Harness;
using Modular.FaultTests.Load;
using Modular.Testing;
using Xunit.Abstractions;

namespace Modular.FaultTests.Scenarios;

/// <summary>
/// Scenario 5: a consumer that throws for one specific event. The database refuses to confirm one customer's
/// orders (a trigger, as a broken row or a bad deploy would), so Orders' confirmation consumer fails on that one
/// order-placed event: it is retried, parked in <c>orders.confirm-order-on-order-placed_error</c>, and the rest keep
/// flowing. Then the cause is removed and an operator moves the message back with the command docs/reliability.md
/// gives: it is applied once.
/// </summary>
public sealed class PoisonEventTests(ITestOutputHelper output)
{
    private const string Queue = "orders.confirm-order-on-order-placed";
    private const string ErrorQueue = Queue + "_error";

    [Fact]
    public async Task A_message_its_consumer_keeps_failing_is_parked_without_blocking_the_rest_and_applied_once_when_moved_back()
    {
        var settings = new ScenarioSettings("5-poison-event", Seed: 1705)
        {
            Readiness = ReadinessExpectation.ReadyThroughout,
            RabbitMqPlugins = ["rabbitmq_shovel"],
        };
        await using var scenario = await FaultScenario.StartAsync(settings, output);
        Placement? poison = null;
        var parkedAfter = 0.0;

        var report = await scenario.RunAsync(
            async run =>
            {
                poison = await PlacePoisonOrderAsync(run);
                // Retried in process (Messaging:RetryLimit, exponential), then parked while the load goes on.
                await Eventually.Until(() => run.Audit.CountAsync(ErrorQueue), count => count == 1, TimeSpan.FromSeconds(60), $"the poison event parked in {ErrorQueue}");
                parkedAfter = run.Clock.Now - poison.AnsweredAt;
                await run.Clock.ReachAsync(poison.AnsweredAt + run.Settings.FaultSeconds);
                return new FaultWindow(poison.AnsweredAt, run.Clock.Now, "one order-placed event its consumer keeps failing");
            },
            async run =>
            {
                var repaired = await RepairAsync(run, poison!);
                return string.Create(CultureInfo.InvariantCulture, $"parked {parkedAfter:0.0} s after its order was placed; {repaired}");
            });

        Assert.True(report.Passed, report.ToString());
    }

    private static async Task<Placement> PlacePoisonOrderAsync(FaultScenario run)
    {
        using var http = new HttpClient { BaseAddress = run.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var registered = await http.PostAsJsonAsync("/api/identity/register", new { name = "Poison", email = "poison@faults.test", password = LoadUser.Password });
        registered.EnsureSuccessStatusCode();
        var userId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var login = await http.PostAsJsonAsync("/api/identity/login", new { email = "poison@faults.test", password = LoadUser.Password });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        await run.Ledger.ExecuteAsync(
            $"""
            CREATE FUNCTION orders.fault_refuse_confirmation() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.status = 'confirmed' AND OLD.status = 'pending' AND NEW.user_id = '{userId}' THEN
                    RAISE EXCEPTION 'fault test: confirmation of order % refused', NEW.id;
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER fault_refuse_confirmation BEFORE UPDATE ON orders.orders
                FOR EACH ROW EXECUTE FUNCTION orders.fault_refuse_confirmation();
            """);

        var product = run.Catalog.Products[0].Id;
        var placement = new Placement(userId, "poison-1", [(product, 2)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(new { items = new[] { new { productId = product, quantity = 2 } } }) };
        request.Headers.Add("Idempotency-Key", placement.IdempotencyKey);
        using var placed = await http.SendAsync(request);
        placed.EnsureSuccessStatusCode();
        placement.Status = (int)placed.StatusCode;
        placement.OrderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        placement.AnsweredAt = run.Clock.Now;
        run.ExtraPlacements.Add(placement);
        return placement;
    }

    /// <summary>Still parked, the rest flowed; the cause removed; the operator's command; applied once.</summary>
    private static async Task<string> RepairAsync(FaultScenario run, Placement poison)
    {
        Assert.Equal(1u, await run.Audit.CountAsync(ErrorQueue));
        var stuck = await Eventually.Until(
            async () => (await run.Ledger.ReadAsync()).Orders.Where(order => order.Status == "pending").Select(order => order.Id).ToList(),
            pending => pending.Count == 1 && pending[0] == poison.OrderId,
            TimeSpan.FromSeconds(60),
            "every order but the poison one confirmed or cancelled");

        await run.Ledger.ExecuteAsync("DROP TRIGGER fault_refuse_confirmation ON orders.orders; DROP FUNCTION orders.fault_refuse_confirmation();");
        // The operator's command, as docs/reliability.md gives it.
        await run.Services.RabbitMq.CtlAsync(
            "set_parameter", "shovel", $"move-{ErrorQueue}",
            $$"""{"src-protocol": "amqp091", "src-uri": "amqp://", "src-queue": "{{ErrorQueue}}", "dest-protocol": "amqp091", "dest-uri": "amqp://", "dest-queue": "{{Queue}}", "src-delete-after": "queue-length"}""");
        var movedAt = run.Clock.Now;
        await Eventually.Until(
            async () => (await run.Ledger.ReadAsync()).Orders.Single(order => order.Id == poison.OrderId).Status,
            status => status == "confirmed",
            TimeSpan.FromSeconds(60),
            "the poison order confirmed once its event was moved back");
        var appliedAt = run.Clock.Now;
        Assert.Equal(0u, await run.Audit.CountAsync(ErrorQueue));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"meanwhile every other order was confirmed or cancelled ({stuck.Count} pending: the poison one); moved back by the shovel command, applied once {appliedAt - movedAt:0.0} s later");
    }
}
