using MassTransit;
using Modular.Host.Platform.Messaging;
using NSubstitute;

namespace Modular.Host.UnitTests.Messaging;

public sealed class ShutdownRequeueFilterTests
{
    private readonly ConsumeContext _context = Substitute.For<ConsumeContext>();
    private readonly IPipe<ConsumeContext> _next = Substitute.For<IPipe<ConsumeContext>>();

    [Fact]
    public async Task A_delivery_that_met_the_disposed_container_leaves_as_a_cancellation_which_MassTransit_never_parks()
    {
        var disposed = new ObjectDisposedException(nameof(IServiceProvider));
        _next.Send(_context).Returns(Task.FromException(disposed));
        var filter = new ShutdownRequeueFilter(CancellationToken.None);

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => filter.Send(_context, _next));

        Assert.Same(disposed, thrown.InnerException);
    }

    [Fact]
    public async Task While_the_host_stops_a_cancellation_MassTransit_took_for_the_consumers_own_is_requeued_too()
    {
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        _next.Send(_context).Returns(Task.FromException(new ConsumerCanceledException("canceled by the consumer")));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ShutdownRequeueFilter(stopped.Token).Send(_context, _next));
        Assert.False(new ShutdownRequeueFilter(CancellationToken.None).IsShutdown(new ConsumerCanceledException("canceled by the consumer")));
    }

    [Fact]
    public async Task A_failure_of_the_message_itself_goes_on_to_the_retries_and_the_error_queue_unchanged()
    {
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        var poison = new InvalidOperationException("poison");
        _next.Send(_context).Returns(Task.FromException(poison));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => new ShutdownRequeueFilter(stopped.Token).Send(_context, _next));

        Assert.Same(poison, thrown);
    }
}
