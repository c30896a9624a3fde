namespace Modular.IntegrationTests.Platform;

/// <summary>
/// One host process, ready, shared by the tests of a class that need the real Kestrel (raw bytes on a socket): the test
/// server runs none. It consumes no events, so it only answers requests; each test opens its own connections.
/// </summary>
public sealed class ServingHostProcess : IAsyncLifetime
{
    private HostProcess? _host;

    /// <summary>The process's HTTP port on 127.0.0.1.</summary>
    public int Port => (_host ?? throw new InvalidOperationException("Not started")).Port;

    public async Task InitializeAsync()
    {
        _host = HostProcess.Start(("Messaging__ConsumeEvents", "false"));
        await _host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
