namespace Modular.Shared.Application.Events;

/// <summary>
/// Thrown by a handler whose event cannot apply before another event, already on its way, has been applied: an address
/// still held by a profile whose change the module that owns logins refused, say. Retried for about 30 s (the awaited
/// event arrives within seconds while the broker is up), then parked in the queue's error queue like any failure.
/// </summary>
public sealed class EventNotYetApplicableException : Exception
{
    public EventNotYetApplicableException()
    {
    }

    public EventNotYetApplicableException(string message)
        : base(message)
    {
    }

    public EventNotYetApplicableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
