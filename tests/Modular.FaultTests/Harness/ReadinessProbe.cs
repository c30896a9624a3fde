namespace Modular.FaultTests.Harness;

/// <summary>
/// Samples <c>/health/ready</c> every 250 ms, as an orchestrator's readiness probe would (5 s timeout; -1 when nothing
/// answers in time). Each sample keeps when its request started and ended: an answer that straddles the end of a
/// fault belongs to neither side.
/// </summary>
internal sealed class ReadinessProbe(Uri baseAddress, ScenarioClock clock) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
    private readonly List<(double At, double Ended, int Status)> _samples = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(double At, double Ended, int Status)> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await ticks.WaitForNextTickAsync(stop))
            {
                var at = clock.Now;
                int status;
                try
                {
                    using var response = await _http.GetAsync("/health/ready", stop);
                    status = (int)response.StatusCode;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
                {
                    status = -1;
                }

                lock (_gate)
                {
                    _samples.Add((at, clock.Now, status));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => _http.Dispose();
}
