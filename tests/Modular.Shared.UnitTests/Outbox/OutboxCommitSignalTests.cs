using Modular.Shared.Infrastructure.Outbox;

namespace Modular.Shared.UnitTests.Outbox;

public sealed class OutboxCommitSignalTests
{
    private readonly OutboxCommitSignal _signal = new();
    private readonly List<string> _woken = [];

    [Fact]
    public void Rows_written_outside_a_transaction_wake_the_relay_of_their_schema_at_once_and_no_other()
    {
        using var orders = _signal.Subscribe("orders", () => _woken.Add("orders"));
        using var users = _signal.Subscribe("users", () => _woken.Add("users"));
        using var context = new SignalTestContext("orders");

        _signal.Written(context);

        Assert.Equal(["orders"], _woken);
    }

    [Fact]
    public void Every_relay_of_a_schema_is_woken_until_its_subscription_is_disposed()
    {
        var first = _signal.Subscribe("orders", () => _woken.Add("first"));
        using var second = _signal.Subscribe("orders", () => _woken.Add("second"));
        using var context = new SignalTestContext("orders");

        _signal.Written(context);
        first.Dispose();
        first.Dispose();
        _signal.Written(context);
        second.Dispose();
        _signal.Written(context);

        Assert.Equal(["first", "second", "second"], _woken);
    }

    [Fact]
    public void The_end_of_a_transaction_that_wrote_no_rows_wakes_nothing()
    {
        using var orders = _signal.Subscribe("orders", () => _woken.Add("orders"));
        using var context = new SignalTestContext("orders");

        _signal.TransactionEnded(context, committed: true);
        _signal.TransactionEnded(context, committed: false);

        Assert.Empty(_woken);
    }

    [Fact]
    public void Rows_of_a_schema_no_relay_of_this_process_serves_wake_nothing_and_fail_nothing()
    {
        using var users = _signal.Subscribe("users", () => _woken.Add("users"));
        using var context = new SignalTestContext("orders");

        _signal.Written(context);

        Assert.Empty(_woken);
    }
}
