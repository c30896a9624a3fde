using System.Diagnostics;

namespace Modular.IntegrationTests.Browser;

/// <summary>One Chromium and the front-end pages for all browser tests of a run, with the time they took.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly Stopwatch _clock = new();
    private BrowserPages? _pages;
    private Chromium? _chromium;

    internal Chromium Chromium => _chromium ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Wall time from starting the pages and the browser until now.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public async Task InitializeAsync()
    {
        _clock.Start();
        _pages = await BrowserPages.StartAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }
    }
}
