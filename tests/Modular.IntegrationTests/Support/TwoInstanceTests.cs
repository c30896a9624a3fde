using Microsoft.AspNetCore.Mvc.Testing;
using Modular.IntegrationTests.Notifications;

namespace Modular.IntegrationTests.Support;

/// <summary>
/// Tests of what must hold on every instance: the collection's instance and a second one
/// (<see cref="ModularApiFactory.SecondInstance"/>), ready before each test and disposed after it.
/// </summary>
public abstract class TwoInstanceTests(ModularApiFactory factory) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _other;

    /// <summary>The collection's instance.</summary>
    protected ModularApiFactory Factory { get; } = factory;

    /// <summary>The second instance.</summary>
    protected WebApplicationFactory<Program> Other => _other ?? throw new InvalidOperationException("Not initialized");

    public async Task InitializeAsync()
    {
        _other = Factory.SecondInstance();
        await _other.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_other is not null)
        {
            await _other.DisposeAsync();
        }
    }
}
