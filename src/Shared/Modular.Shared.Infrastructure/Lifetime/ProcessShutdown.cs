using Modular.Shared.Kernel.Errors;

namespace Modular.Shared.Infrastructure.Lifetime;

/// <summary>
/// The one place that tells a failure that is only this process shutting down from a failure of the work itself.
/// Such work is not retried, parked or counted as failed: a message goes back to its queue for another instance or the
/// next start (the inbox applies it once), a job's run is simply not finished (it runs again at the next start).
/// </summary>
public static class ProcessShutdown
{
    /// <summary>
    /// True when <paramref name="exception"/>, or one of its causes, is the dependency-injection container refusing a
    /// disposed provider or scope (<see cref="ObjectDisposedException"/> named <c>IServiceProvider</c>), whatever the
    /// caller knows; or, once <paramref name="stopping"/> (the host's stopping signal has fired), any
    /// <see cref="ObjectDisposedException"/> or <see cref="OperationCanceledException"/>: what services torn down or
    /// cancelled by the stop throw. A failure of another kind is the work's own, stopping or not.
    /// </summary>
    public static bool Interrupted(Exception exception, bool stopping)
    {
        foreach (var cause in ExceptionCauses.Of(exception))
        {
            if (cause is ObjectDisposedException { ObjectName: nameof(IServiceProvider) }
                || (stopping && cause is ObjectDisposedException or OperationCanceledException))
            {
                return true;
            }
        }

        return false;
    }
}
