using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Modular.Host.Platform.Messaging;

/// <summary>
/// Starts and stops the bus with the host, in place of MassTransit's <c>MassTransitHostedService</c>. That one's stop
/// returns at once while the bus is still starting (MassTransit keeps the bus's handle only once every receive
/// endpoint is ready, and logs "Failed to stop bus ... Not Started"), and the start goes on: the endpoints then consume
/// into a disposed container, every delivery fails on the disposed provider and is retried into "_error". Here a
/// stop first cancels a start still under way and waits for it to unwind (MassTransit stops what it had started),
/// then stops the bus: consumers in flight get the host's stop budget (<see cref="MassTransitHostOptions.StopTimeout"/>,
/// <c>ShutdownTimeoutSeconds</c>), and those still running halfway through it are cancelled (ADR 0040).
/// </summary>
/// <remarks>
/// The wait for a cancelled start is bounded by <see cref="StartUnwindBound"/>: a receive endpoint cancelled while it
/// waits for its just-opened connection can keep MassTransit's start from unwinding for its own 30 s (seen about once
/// in six stops signalled as Kestrel bound, with the broker up), which held the whole shutdown to its budget. The
/// endpoints the start had readied are stopped by then; the one still waiting has consumed nothing.
/// </remarks>
internal sealed partial class BusLifetime(
    IBusDepot depot,
    IOptions<MassTransitHostOptions> options,
    ILogger<BusLifetime> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _startCanceled = new();
    private Task _start = Task.CompletedTask;

    /// <summary>
    /// How long a stop waits for a cancelled start to unwind: the <see cref="ReservedShare"/> of the stop budget.
    /// </summary>
    internal TimeSpan StartUnwindBound =>
        options.Value.StopTimeout is { } budget ? ReservedShare(budget) : TimeSpan.FromSeconds(5);

    /// <summary>
    /// The part of a stop budget kept for the bus's own work: half of it, at most 5 s. The consumers in flight are
    /// cancelled this long before the budget ends; a cancelled start is waited for this long at most.
    /// </summary>
    internal static TimeSpan ReservedShare(TimeSpan budget) =>
        TimeSpan.FromTicks(Math.Min(budget.Ticks / 2, TimeSpan.FromSeconds(5).Ticks));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _start = StartBusAsync(cancellationToken);
        return options.Value.WaitUntilStarted ? _start : Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_start.IsCompleted)
        {
            await StopBusAsync(cancellationToken);
            return;
        }

        // Only a start still under way is cancelled: MassTransit keeps the start's token for the endpoints it started.
        await _startCanceled.CancelAsync();
        try
        {
            await _start.WaitAsync(StartUnwindBound, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogStartDidNotUnwind(StartUnwindBound.TotalSeconds);
        }
        catch (Exception)
        {
            // A start cancelled or failed (MassTransit logged why), or no budget left to wait: what there is stops below.
        }

        await StopBusAsync(cancellationToken);
    }

    public void Dispose() => _startCanceled.Dispose();

    private Task StopBusAsync(CancellationToken cancellationToken) =>
        options.Value.StopTimeout is { } timeout ? depot.Stop(timeout, cancellationToken) : depot.Stop(cancellationToken);

    private async Task StartBusAsync(CancellationToken cancellationToken)
    {
        using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _startCanceled.Token);
        await (options.Value.StartTimeout is { } timeout ? depot.Start(timeout, start.Token) : depot.Start(start.Token));
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The bus's cancelled start had not unwound after {Seconds} s (MassTransit still stopping what it had started); stopping the bus without it")]
    private partial void LogStartDidNotUnwind(double seconds);
}
