namespace Modular.Shared.Infrastructure.Caching;

/// <summary>
/// The acknowledgements one published invalidation is waiting for: complete once as many distinct instances have
/// acknowledged as Redis delivered the message to. Acknowledgements may arrive before the count is known (the
/// publisher learns it from <c>PUBLISH</c>'s answer); an instance that acknowledges twice counts once.
/// </summary>
internal sealed class AcknowledgementWaiter
{
    private readonly HashSet<string> _acknowledgedBy = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = -1;

    /// <summary>Instances that have acknowledged so far.</summary>
    public int Acknowledged
    {
        get
        {
            lock (_acknowledgedBy)
            {
                return _acknowledgedBy.Count;
            }
        }
    }

    public void Acknowledge(string instanceId)
    {
        lock (_acknowledgedBy)
        {
            _acknowledgedBy.Add(instanceId);
            CompleteWhenEveryoneHas();
        }
    }

    /// <summary>Waits until <paramref name="receivers"/> instances have acknowledged; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitForAsync(int receivers, TimeSpan timeout, TimeProvider clock)
    {
        lock (_acknowledgedBy)
        {
            _expected = receivers;
            CompleteWhenEveryoneHas();
        }

        try
        {
            await _everyone.Task.WaitAsync(timeout, clock);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void CompleteWhenEveryoneHas()
    {
        if (_expected >= 0 && _acknowledgedBy.Count >= _expected)
        {
            _everyone.TrySetResult();
        }
    }
}
