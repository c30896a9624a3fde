using System.Net;

namespace Modular.FaultTests.Load;

/// <summary>
/// The bounded mixed load of a scenario: <see cref="Users"/> virtual clients, each stepping at a fixed pace
/// (<c>period</c>) with its own <see cref="Random"/> seeded from the scenario's seed, until stopped.
/// </summary>
internal sealed class MixedLoad : IDisposable
{
    private readonly List<HttpClient> _clients = [];

    public MixedLoad(Uri baseAddress, RequestLog log, Catalog catalog, int users, int seed, TimeSpan requestTimeout)
    {
        Log = log;
        var list = new List<LoadUser>();
        for (var index = 0; index < users; index++)
        {
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = baseAddress,
                Timeout = requestTimeout,
                DefaultRequestVersion = HttpVersion.Version11,
            };
            _clients.Add(http);
            list.Add(new LoadUser(index, http, log, catalog, new Random((seed * 1000) + index)));
        }

        Users = list;
    }

    public RequestLog Log { get; }

    public IReadOnlyList<LoadUser> Users { get; }

    public IEnumerable<Placement> Placements => Users.SelectMany(user => user.Placements);

    public Task SignUpAsync() => Task.WhenAll(Users.Select(user => user.SignUpAsync()));

    /// <summary>Runs every user until <paramref name="stop"/> is cancelled; an operation in flight is finished, not cut.</summary>
    public Task RunAsync(TimeSpan period, CancellationToken stop) => Task.WhenAll(Users.Select(user => RunUserAsync(user, period, stop)));

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    private static async Task RunUserAsync(LoadUser user, TimeSpan period, CancellationToken stop)
    {
        using var pace = new PeriodicTimer(period);
        try
        {
            while (await pace.WaitForNextTickAsync(stop))
            {
                await user.StepAsync();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
