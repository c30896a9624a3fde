using Modular.Shared.Infrastructure.Lifetime;

namespace Modular.Shared.UnitTests.Lifetime;

public sealed class ProcessShutdownTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_disposed_container_is_a_shutdown_whether_or_not_the_stop_was_seen(bool stopping)
    {
        var disposed = new ObjectDisposedException(nameof(IServiceProvider));

        Assert.True(ProcessShutdown.Interrupted(disposed, stopping));
        Assert.True(ProcessShutdown.Interrupted(new InvalidOperationException("wrapped", disposed), stopping));
        Assert.True(ProcessShutdown.Interrupted(new AggregateException(new TimeoutException(), disposed), stopping));
    }

    [Fact]
    public void Another_disposed_object_or_a_cancellation_is_a_shutdown_only_once_the_host_stops()
    {
        Exception[] torn = [new ObjectDisposedException("NpgsqlDataSource"), new OperationCanceledException(), new InvalidOperationException("x", new TaskCanceledException())];

        Assert.All(torn, exception => Assert.False(ProcessShutdown.Interrupted(exception, stopping: false)));
        Assert.All(torn, exception => Assert.True(ProcessShutdown.Interrupted(exception, stopping: true)));
    }

    [Fact]
    public void A_failure_of_the_work_itself_is_never_a_shutdown()
    {
        Exception[] own = [new InvalidOperationException("poison"), new FormatException(), new AggregateException(new ArgumentException())];

        Assert.All(own, exception => Assert.False(ProcessShutdown.Interrupted(exception, stopping: true)));
    }
}
