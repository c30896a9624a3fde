using MassTransit;
using Modular.Shared.Infrastructure.Lifetime;

namespace Modular.Host.Platform.Messaging;

/// <summary>
/// Outermost filter of every queue's consume pipe: a delivery that failed only because this process is shutting down
/// (<see cref="ProcessShutdown"/>) leaves as an <see cref="OperationCanceledException"/>. MassTransit never moves that
/// to the error queue: its receive pipe rescues every exception but this one, and the delivery is negatively
/// acknowledged with requeue (or, when its consume was cancelled, left unacknowledged for the closing channel to return).
/// The retry policies ignore the same failures, so a stopping host does not spend the message's retries on them.
/// </summary>
internal sealed class ShutdownRequeueFilter(CancellationToken stopping) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && IsShutdown(exception))
        {
            throw new OperationCanceledException("This process is shutting down: the message goes back to its queue.", exception, stopping);
        }
    }

    /// <summary>
    /// <see cref="ProcessShutdown.Interrupted"/>; besides, while stopping, what MassTransit makes of a cancellation that
    /// was not the delivery's own (<see cref="ConsumerCanceledException"/>, which keeps no inner exception).
    /// </summary>
    public bool IsShutdown(Exception exception) =>
        ProcessShutdown.Interrupted(exception, stopping.IsCancellationRequested)
        || (stopping.IsCancellationRequested && exception is ConsumerCanceledException);

    public void Probe(ProbeContext context) => context.CreateFilterScope("shutdown-requeue");
}
